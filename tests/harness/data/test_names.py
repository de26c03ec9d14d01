"""Vietnamese name order (họ, tên đệm, tên) and the name lists behind it."""

import random
import unicodedata
from collections import Counter

import pytest

from harness.data.names import FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, VietnameseName, make_name


def test_full_name_reads_family_middle_given() -> None:
    assert VietnameseName("Nguyễn", "Thị Thu", "Hà").ho_va_ten == "Nguyễn Thị Thu Hà"


@pytest.mark.parametrize("sex", ["Nam", "Nữ"])
def test_each_part_comes_from_the_list_for_that_sex(sex: str) -> None:
    rng = random.Random(3)
    for _ in range(500):
        name = make_name(rng, sex)
        words = name.ho_va_ten.split()
        assert words[0] == name.ho and name.ho in FAMILY_NAMES
        assert name.ten_dem in MIDDLE_NAMES[sex]
        assert words[-1] == name.ten and name.ten in GIVEN_NAMES[sex]
        assert name.ten != name.ten_dem.split()[-1]
        assert unicodedata.is_normalized("NFC", name.ho_va_ten)


def test_family_names_follow_their_real_shares() -> None:
    rng = random.Random(11)
    counts = Counter(make_name(rng, "Nam").ho for _ in range(5000))
    assert counts.most_common(1)[0][0] == "Nguyễn"
    assert 0.33 < counts["Nguyễn"] / 5000 < 0.44
    assert counts["Trần"] > counts["Đỗ"]


def test_van_and_thi_are_the_usual_middle_names() -> None:
    rng = random.Random(12)
    men = Counter(make_name(rng, "Nam").ten_dem for _ in range(2000))
    women = Counter(make_name(rng, "Nữ").ten_dem.split()[0] for _ in range(2000))
    assert men.most_common(1)[0][0] == "Văn"
    assert women.most_common(1)[0][0] == "Thị"
    assert "Thị" not in men and "Văn" not in women


def test_every_listed_name_is_nfc_and_unique() -> None:
    lists = [list(FAMILY_NAMES), *(list(names) for names in MIDDLE_NAMES.values()), *GIVEN_NAMES.values()]
    for names in lists:
        assert len(set(names)) == len(names)
        assert all(unicodedata.is_normalized("NFC", name) for name in names)
