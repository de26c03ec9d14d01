"""The harness's SMS rule: templates of DOMAIN §4.2, the 84… form, segments."""

import pytest

from harness.rules.sms import expected_sms, gateway_number, is_unaccented, segment_count


def test_the_receipt_text_carries_the_appointment_date() -> None:
    assert expected_sms("Được tiếp nhận", "000.21.31.H15-261109-0001", "11/11/2026") == (
        "Ho so 000.21.31.H15-261109-0001 da duoc tiep nhan. Ngay hen tra: 11/11/2026")


def test_the_receipt_text_needs_a_date() -> None:
    with pytest.raises(ValueError):
        expected_sms("Được tiếp nhận", "X", "")


@pytest.mark.parametrize(("status", "text"), [
    ("Mới đăng ký", "Ho so X da duoc gui!"), ("Yêu cầu bổ sung giấy tờ", "Ho so X duoc yeu cau bo sung!"),
    ("Không được tiếp nhận", "Ho so X khong du dieu kien giai quyet."), ("Đã trả kết quả", "Ho so X da tra ket qua."),
    ("Đang xử lý", None), ("Dừng xử lý", None),
])
def test_each_status_has_its_template_or_none(status: str, text: str | None) -> None:
    assert expected_sms(status, "X") == text
    assert text is None or is_unaccented(text)


@pytest.mark.parametrize(("raw", "expected"), [
    ("0912345678", "84912345678"), ("+84912345678", "84912345678"), ("091 234 5678", "84912345678"),
    ("0212345678", None), ("09123456789", None),
])
def test_numbers_in_the_gateway_form(raw: str, expected: str | None) -> None:
    assert gateway_number(raw) == expected


def test_segments() -> None:
    assert (segment_count("a" * 160), segment_count("a" * 161), segment_count("a" * 306)) == (1, 2, 2)


def test_a_status_the_list_does_not_have_is_a_mistake_not_silence() -> None:
    with pytest.raises(ValueError):
        expected_sms("Yêu cầu bổ sung", "X")
