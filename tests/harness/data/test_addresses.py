"""Two-level addresses drawn from the 2025 unit list: the ward always belongs to the province named."""

import random

import pytest

from harness.data.addresses import make_address, provinces_2025


def test_the_unit_list_has_34_provinces_and_3321_wards() -> None:
    provinces = provinces_2025()
    assert len(provinces) == 34
    assert sum(len(province.wards) for province in provinces.values()) == 3321


def test_the_unit_list_is_read_once() -> None:
    assert provinces_2025() is provinces_2025()


def test_the_ward_belongs_to_the_province_named() -> None:
    rng = random.Random(8)
    provinces = provinces_2025()
    for _ in range(1000):
        address = make_address(rng)
        province = provinces[address.province_code]
        assert address.province_name == province.name
        assert (address.ward_code, address.ward_name) in {(ward.code, ward.name) for ward in province.wards}


def test_the_one_line_form_has_detail_ward_and_province_and_no_district() -> None:
    rng = random.Random(9)
    for _ in range(300):
        address = make_address(rng)
        assert str(address) == f"{address.detail}, {address.ward_name}, {address.province_name}"
        assert str(address).count(", ") == 2
        assert not any(level in str(address) for level in ("Quận", "Huyện", "Thị xã"))


def test_communes_have_hamlets_and_wards_have_house_numbers() -> None:
    rng = random.Random(10)
    types = {ward.code: ward.type for province in provinces_2025().values() for ward in province.wards}
    for _ in range(500):
        address = make_address(rng)
        if types[address.ward_code] == "xã":
            assert address.detail.startswith(("Thôn ", "Ấp "))
        else:
            assert address.detail.startswith("Số ")


def test_an_address_can_be_asked_for_in_one_province() -> None:
    rng = random.Random(11)
    assert {make_address(rng, "38").province_name for _ in range(50)} == {"Tỉnh Thanh Hóa"}


def test_an_unknown_province_is_refused() -> None:
    with pytest.raises(ValueError):
        make_address(random.Random(1), "02")
