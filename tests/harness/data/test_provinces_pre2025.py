"""The 63 pre-2025 birth-registration codes and the 2025 provinces that took them over."""

import re
import unicodedata

from harness.data.addresses import provinces_2025
from harness.data.provinces_pre2025 import BIRTH_PROVINCES


def test_there_are_63_three_digit_codes() -> None:
    assert len(BIRTH_PROVINCES) == 63
    assert all(re.fullmatch(r"0[0-9]{2}", code) for code in BIRTH_PROVINCES)


def test_well_known_codes_name_the_right_province() -> None:
    assert BIRTH_PROVINCES["001"].name == "Thành phố Hà Nội"
    assert BIRTH_PROVINCES["002"].name == "Tỉnh Hà Giang"
    assert BIRTH_PROVINCES["004"].name == "Tỉnh Cao Bằng"
    assert BIRTH_PROVINCES["079"].name == "Thành phố Hồ Chí Minh"
    assert BIRTH_PROVINCES["096"].name == "Tỉnh Cà Mau"


def test_names_are_unique_and_nfc() -> None:
    names = [province.name for province in BIRTH_PROVINCES.values()]
    assert len(set(names)) == 63
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def test_every_successor_is_one_of_the_34_provinces_and_each_has_a_predecessor() -> None:
    successors = {province.successor for province in BIRTH_PROVINCES.values()}
    assert successors == set(provinces_2025())


def test_merged_provinces_point_at_their_survivor() -> None:
    assert BIRTH_PROVINCES["074"].successor == "79"  # Bình Dương → TP Hồ Chí Minh
    assert BIRTH_PROVINCES["054"].successor == "66"  # Phú Yên → Đắk Lắk
    assert BIRTH_PROVINCES["010"].successor == "15"  # Lào Cai keeps Yên Bái's GSO code
