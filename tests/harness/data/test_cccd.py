"""The CCCD layout PPP G YY RRRRRR: how numbers are made and what the validator reports."""

import random
import unicodedata
from datetime import date

import pytest

from harness.data.cccd import century_sex_digit, check_cccd, make_cccd
from harness.data.provinces_pre2025 import BIRTH_PROVINCES


@pytest.mark.parametrize(
    ("year", "sex", "digit"),
    [
        (1900, "Nam", "0"),
        (1965, "Nữ", "1"),
        (1999, "Nam", "0"),
        (1999, "Nữ", "1"),
        (2000, "Nam", "2"),
        (2000, "Nữ", "3"),
        (2003, "Nữ", "3"),
        (2099, "Nam", "2"),
        (2100, "Nam", "4"),
        (2100, "Nữ", "5"),
        (2250, "Nữ", "7"),
        (2399, "Nam", "8"),
        (2399, "Nữ", "9"),
    ],
)
def test_century_sex_digit_follows_century_and_sex(year: int, sex: str, digit: str) -> None:
    assert century_sex_digit(year, sex) == digit


@pytest.mark.parametrize("year", [1899, 2400])
def test_years_a_cccd_cannot_encode_are_refused(year: int) -> None:
    with pytest.raises(ValueError):
        century_sex_digit(year, "Nam")


@pytest.mark.parametrize(
    ("birth_date", "sex", "province", "start"),
    [
        (date(1999, 12, 31), "Nam", "001", "001099"),
        (date(2000, 1, 1), "Nam", "001", "001200"),
        (date(2003, 5, 17), "Nữ", "079", "079303"),
        (date(1987, 2, 28), "Nữ", "096", "096187"),
    ],
)
def test_made_numbers_encode_province_century_sex_and_year(
    birth_date: date, sex: str, province: str, start: str
) -> None:
    number = make_cccd(random.Random(1), birth_date, sex, province)
    assert len(number) == 12 and number.isdigit()
    assert number.startswith(start)
    assert check_cccd(number, birth_date, sex) == []


def test_made_numbers_start_with_one_of_the_63_codes() -> None:
    rng = random.Random(5)
    for code in BIRTH_PROVINCES:
        number = make_cccd(rng, date(1990, 6, 1), "Nam", code)
        assert number[:3] in BIRTH_PROVINCES


def test_a_code_outside_the_list_is_refused() -> None:
    with pytest.raises(ValueError):
        make_cccd(random.Random(1), date(1990, 6, 1), "Nam", "003")


def test_a_valid_number_has_no_problems() -> None:
    assert check_cccd("001099012345", date(1999, 3, 4), "Nam") == []


@pytest.mark.parametrize("number", ["00109901234", "0010990123456", "", "001099 12345", "00109901234a", "٠٠١٠٩٩٠١٢٣٤٥"])
def test_a_number_that_is_not_twelve_ascii_digits_is_reported(number: str) -> None:
    problems = check_cccd(number, date(1999, 3, 4), "Nam")
    assert problems and all("Số định danh" in problem for problem in problems)


@pytest.mark.parametrize("prefix", ["000", "003", "050", "097", "999"])
def test_a_prefix_outside_the_63_codes_is_reported(prefix: str) -> None:
    problems = check_cccd(f"{prefix}099012345", date(1999, 3, 4), "Nam")
    assert len(problems) == 1 and prefix in problems[0] and "63" in problems[0]


@pytest.mark.parametrize(
    ("number", "birth_date", "sex"),
    [
        ("001199012345", date(1999, 3, 4), "Nam"),  # a woman's digit for a man
        ("001299012345", date(1999, 3, 4), "Nam"),  # 2000s digit for someone born in 1999
        ("079203012345", date(2003, 3, 4), "Nữ"),  # a man's digit for a woman
        ("079103012345", date(2003, 3, 4), "Nữ"),  # 1900s digit for someone born in 2003
    ],
)
def test_a_wrong_century_or_sex_digit_is_reported(number: str, birth_date: date, sex: str) -> None:
    problems = check_cccd(number, birth_date, sex)
    assert len(problems) == 1 and "thế kỷ và giới tính" in problems[0]


def test_wrong_year_digits_are_reported() -> None:
    problems = check_cccd("001098012345", date(1999, 3, 4), "Nam")
    assert len(problems) == 1 and "năm sinh" in problems[0] and "1999" in problems[0]


def test_every_problem_is_reported_at_once() -> None:
    assert len(check_cccd("000198012345", date(1999, 3, 4), "Nam")) == 3


def test_an_unknown_sex_is_reported_rather_than_guessed() -> None:
    problems = check_cccd("001099012345", date(1999, 3, 4), "nam")
    assert len(problems) == 1 and "Giới tính" in problems[0]


def test_a_decomposed_sex_read_from_a_page_is_understood() -> None:
    assert check_cccd("079303012345", date(2003, 3, 4), unicodedata.normalize("NFD", "Nữ")) == []
