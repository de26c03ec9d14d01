"""The fee rule against each example of DOMAIN §3.8 that the real records support."""

from datetime import date

import pytest

from harness.rules.fees import MIEN, THU_TRUOC, can_cuoc_fee, fee_for, per_page_fee


def test_thuong_tru_online_and_direct():
    assert (fee_for("1.004222").total, fee_for("1.004222", "DIRECT").total) == (10_000, 20_000)
    assert fee_for("1.004222").hinh_thuc_thu == THU_TRUOC


def test_tam_tru_cases_by_channel():
    assert fee_for("1.004194").total == 7_000
    assert fee_for("1.004194", case="Đăng ký tạm trú theo danh sách").total == 5_000
    assert fee_for("1.004194", "DIRECT", case="Đăng ký tạm trú (cá nhân, hộ gia đình)").total == 15_000
    assert fee_for("1.004194", "DIRECT", case="Đăng ký tạm trú theo danh sách").total == 10_000
    assert fee_for("1.004194", case="Miễn phí").hinh_thuc_thu == MIEN


@pytest.mark.parametrize("channel", ["ONLINE", "POSTAL", "DIRECT"])
def test_trich_luc_per_copy_on_every_channel(channel):
    assert fee_for("2.000635", channel, copies=3).total == 24_000


@pytest.mark.parametrize("code", ["1.001193", "1.000894", "1.000656"])
def test_khai_sinh_ket_hon_khai_tu_exempt(code):
    fee = fee_for(code)
    assert (fee.total, fee.hinh_thuc_thu) == (0, MIEN)


def test_dntn_online_value_kept_as_stored():
    assert fee_for("2.001610").total == 100
    assert fee_for("2.001610", "DIRECT").total == 100_000


def test_exempt_citizen_and_council_resolution():
    assert fee_for("1.004222", exempt=True).hinh_thuc_thu == MIEN
    assert fee_for("1.004222", online_exempt_by_council=True).total == 0
    assert fee_for("1.004222", "DIRECT", online_exempt_by_council=True).total == 20_000


@pytest.mark.parametrize(("pages", "fee"), [(1, 2_000), (2, 4_000), (3, 5_000), (10, 12_000), (500, 200_000)])
def test_chung_thuc_per_page_with_cap(pages, fee):
    assert per_page_fee(pages) == fee


def test_unknown_case_is_named():
    with pytest.raises(ValueError, match="Không có trường hợp"):
        fee_for("1.004194", case="Không tồn tại")


@pytest.mark.parametrize(("case", "full", "half"), [
    ("Đổi thẻ căn cước công dân sang thẻ căn cước", 30_000, 15_000),
    ("Cấp đổi", 50_000, 25_000),
    ("Cấp lại", 70_000, 35_000),
])
def test_can_cuoc_half_price_from_july_2025_to_the_end_of_2026_inclusive(case, full, half):
    assert can_cuoc_fee(case, date(2025, 6, 30)).total == full
    assert can_cuoc_fee(case, date(2025, 7, 1)).total == half
    assert can_cuoc_fee(case, date(2026, 12, 31)).total == half
    assert can_cuoc_fee(case, date(2027, 1, 1)).total == full
    assert can_cuoc_fee(case, date(2026, 3, 1)).hinh_thuc_thu == THU_TRUOC


@pytest.mark.parametrize("on", [date(2025, 1, 1), date(2026, 3, 1), date(2027, 1, 1)])
def test_can_cuoc_first_issue_free(on):
    fee = can_cuoc_fee("Cấp lần đầu", on)
    assert (fee.total, fee.hinh_thuc_thu) == (0, MIEN)


def test_can_cuoc_unknown_case_is_named():
    with pytest.raises(ValueError, match="Không có trường hợp cấp thẻ căn cước"):
        can_cuoc_fee("Cấp mới", date(2026, 3, 1))
