"""Old addresses flagged against the 2025 units: merged or renamed provinces, district level, thị trấn, wards the
2025 list does not have; two-level addresses pass."""

import pytest

from harness.audits.migration.old_addresses import old_address_warnings


@pytest.mark.parametrize("address", [
    "Số 12 đường Lê Lợi, Phường Tuy Hòa, Tỉnh Đắk Lắk",
    "Thôn 3, Xã Ea Kar, Đắk Lắk",
    "Phường Sài Gòn, TP Hồ Chí Minh",
    "Phường Biên Hòa, Thành phố Đồng Nai",
    "Xã Ea H'Leo, Tỉnh Đắk Lắk",
])
def test_a_two_level_address_has_no_warning(address: str) -> None:
    assert old_address_warnings(address) == []


def test_a_merged_province_is_named_with_the_province_it_is_now() -> None:
    warnings = old_address_warnings("Thôn Phú Thạnh, Xã An Phú, Huyện Tuy An, Tỉnh Phú Yên")

    assert warnings[0] == "tỉnh cũ “Tỉnh Phú Yên” (đã sáp nhập hoặc đổi tên, nay là Tỉnh Đắk Lắk)"
    assert "còn cấp huyện “Huyện Tuy An” (bỏ từ 01/7/2025)" in warnings
    assert "“Xã An Phú” không có trong danh mục phường, xã năm 2025 của Tỉnh Đắk Lắk" in warnings


@pytest.mark.parametrize(("address", "words"), [
    ("1 Lê Lợi, Phường Biên Hòa, Tỉnh Đồng Nai", "nay là Thành phố Đồng Nai"),
    ("Số 9, Phường Tuy Hòa, Tỉnh Bà Rịa – Vũng Tàu", "nay là Thành phố Hồ Chí Minh"),
    ("Xã Hòa Phú, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk", "còn cấp huyện “Thành phố Buôn Ma Thuột”"),
    ("Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "còn cấp huyện “Quận 1”"),
    ("Thị trấn Ea Kar, Tỉnh Đắk Lắk", "thị trấn không còn"),
    ("Số 5, Phường 7, Tỉnh Đắk Lắk", "“Phường 7” không có trong danh mục"),
    ("Số 5, Phường Tuy Hòa, Tỉnh Xứ Lạ", "không phải tên tỉnh"),
])
def test_each_kind_of_old_address_is_flagged(address: str, words: str) -> None:
    assert any(words in warning for warning in old_address_warnings(address))


def test_an_empty_address_has_nothing_to_flag() -> None:
    assert old_address_warnings(" , ") == []
