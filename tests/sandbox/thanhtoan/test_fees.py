"""The sandbox's fee engine against each example of DOMAIN §3.8, as the sandbox computes it from the records."""

import re
from datetime import date

import pytest

from sandbox.eforms.forms import form_for
from sandbox.settings import DATA_DIR
from sandbox.thanhtoan.dossier_fee import procedure_record
from sandbox.thanhtoan.fees import MIEN, THU_SAU, THU_TRUOC, DossierFee, FeeRequest, dossier_fee

DAK_LAK, HAI_PHONG = "66", "31"
NOVEMBER = date(2026, 11, 9)


def fee(code: str, channel: str = "ONLINE", province: str = DAK_LAK, on: date = NOVEMBER,
        collected_later: bool = False, **form: object) -> DossierFee:
    # The name is used only where the catalogue holds no record: 2.000815.
    request = FeeRequest(code, "Chứng thực bản sao từ bản chính", channel, form, province, on, collected_later)
    return dossier_fee(procedure_record(DATA_DIR / "portal-catalog" / "details", code), request)


def test_thuong_tru_online_one_le_phi_item_thu_truoc_and_direct_dearer():
    online = fee("1.004222")
    assert [(item.loai, item.ten, item.so_tien) for item in online.items] == [
        ("Lệ phí", "Lệ phí đăng ký thường trú", 10_000)]
    assert online.hinh_thuc_thu == THU_TRUOC
    assert fee("1.004222", "DIRECT").total == 20_000


@pytest.mark.parametrize(("channel", "case", "total"), [
    ("ONLINE", "", 7_000),
    ("ONLINE", "Đăng ký tạm trú (cá nhân, hộ gia đình)", 7_000),
    ("ONLINE", "Đăng ký tạm trú theo danh sách", 5_000),
    ("DIRECT", "Đăng ký tạm trú (cá nhân, hộ gia đình)", 15_000),
    ("DIRECT", "Đăng ký tạm trú theo danh sách", 10_000),
])
def test_tam_tru_charged_by_its_case(channel, case, total):
    assert fee("1.004194", channel, truong_hop=case).total == total


def test_tam_tru_exempt_case_gives_the_records_reason():
    exempt = fee("1.004194", truong_hop="Miễn phí")
    assert (exempt.hinh_thuc_thu, exempt.total) == (MIEN, 0)
    assert "Điều 4 Thông tư số 75/2022/TT-BTC" in exempt.ly_do_mien


def test_an_unknown_case_is_named():
    with pytest.raises(ValueError, match="Không có trường hợp"):
        fee("1.004194", truong_hop="Không tồn tại")


@pytest.mark.parametrize("channel", ["ONLINE", "POSTAL", "DIRECT"])
@pytest.mark.parametrize(("copies", "total"), [(1, 8_000), ("3", 24_000)])
def test_trich_luc_per_copy_on_every_channel(channel, copies, total):
    assert fee("2.000635", channel, so_ban=copies).total == total


def test_the_copy_forms_hint_agrees_with_the_record():
    hint = form_for("2.000635").fields_by_name["so_ban"].hint
    per_copy = int(re.search(r"([\d.]+) đồng/bản", hint).group(1).replace(".", ""))
    assert per_copy == fee("2.000635").total


@pytest.mark.parametrize("code", ["1.001193", "1.000894", "1.000656"])
def test_khai_sinh_ket_hon_khai_tu_exempt(code):
    exempt = fee(code)
    assert (exempt.items, exempt.hinh_thuc_thu, exempt.total) == ((), MIEN, 0)
    assert exempt.ly_do_mien


def test_a_council_set_zero_is_shown_as_the_record_words_it():
    assert fee("1.000656").ly_do_mien.startswith("Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh")


def test_dntn_online_value_kept_as_stored():
    assert fee("2.001610").total == 100
    assert fee("2.001610", "DIRECT").total == 100_000


@pytest.mark.parametrize(("pages", "total"), [(1, 2_000), (2, 4_000), (3, 5_000), (250, 200_000)])
def test_chung_thuc_per_page_with_a_cap_a_copy(pages, total):
    charged = fee("2.000815", so_trang=pages)
    assert charged.total == total
    assert [(item.loai, item.ten) for item in charged.items] == [("Phí", "Phí chứng thực bản sao từ bản chính")]


def test_chung_thuc_cap_applies_to_each_copy():
    assert fee("2.000815", so_trang=250, so_ban=2).total == 400_000


@pytest.mark.parametrize(("subject", "label"), [
    ("nguoi_co_cong", "Người có công với cách mạng"), ("ho_ngheo", "Hộ nghèo"),
    ("tre_em_duoi_6_tuoi", "Trẻ em dưới 6 tuổi"),
])
def test_an_exempt_subject_owes_nothing_on_any_channel(subject, label):
    for channel in ("ONLINE", "DIRECT"):
        exempt = fee("1.004222", channel, doi_tuong_mien=subject)
        assert (exempt.total, exempt.hinh_thuc_thu, exempt.ly_do_mien) == (0, MIEN, f"Đối tượng miễn: {label}")


def test_an_unknown_subject_is_named():
    with pytest.raises(ValueError, match="Không có đối tượng miễn “sinh_vien”"):
        fee("1.004222", doi_tuong_mien="sinh_vien")


def test_council_resolution_exempts_online_submissions_from_its_effective_date():
    assert fee("1.004222", province=HAI_PHONG, on=date(2026, 8, 7)).total == 10_000
    exempt = fee("1.004222", province=HAI_PHONG, on=date(2026, 8, 8))
    assert (exempt.hinh_thuc_thu, exempt.ly_do_mien) == (
        MIEN, "Miễn theo Nghị quyết 23/2026/NQ-HĐND của HĐND thành phố Hải Phòng")


def test_council_resolution_leaves_other_channels_procedures_and_provinces_alone():
    assert fee("1.004222", "DIRECT", province=HAI_PHONG).total == 20_000
    assert fee("2.000635", province=HAI_PHONG).total == 8_000
    assert fee("1.004222", province=DAK_LAK).total == 10_000


def test_a_fee_asked_for_while_processing_is_thu_sau():
    later = fee("1.004222", collected_later=True)
    assert (later.total, later.hinh_thuc_thu) == (10_000, THU_SAU)
    assert fee("1.001193", collected_later=True).hinh_thuc_thu == MIEN
