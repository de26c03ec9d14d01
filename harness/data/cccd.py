"""Số định danh cá nhân (CCCD): 12 digits laid out `PPP G YY RRRRRR` (TT 07/2016/TT-BCA).

PPP is the pre-2025 province of birth registration, G the century and sex, YY the last two digits of
the birth year, RRRRRR random.
"""

import random
import re
import unicodedata
from datetime import date

from harness.data.provinces_pre2025 import BIRTH_PROVINCES
from harness.data.sex import SEXES, Sex

FIRST_ENCODABLE_YEAR = 1900
LAST_ENCODABLE_YEAR = 2399

_DIGITS = re.compile(r"[0-9]*")


def century_sex_digit(birth_year: int, sex: Sex) -> str:
    """G: 0/1 for a man/woman born 1900–1999, 2/3 for 2000–2099, … 8/9 for 2300–2399."""
    if not FIRST_ENCODABLE_YEAR <= birth_year <= LAST_ENCODABLE_YEAR:
        raise ValueError(f"a CCCD number cannot encode the birth year {birth_year}")
    if sex not in SEXES:
        raise ValueError(f"sex must be one of {SEXES}, got {sex!r}")
    century = (birth_year - FIRST_ENCODABLE_YEAR) // 100
    return str(2 * century + SEXES.index(sex))


def make_cccd(rng: random.Random, birth_date: date, sex: Sex, province_code: str) -> str:
    """A number consistent with the birth date, sex and pre-2025 birth-registration province."""
    if province_code not in BIRTH_PROVINCES:
        raise ValueError(f"{province_code!r} is not one of the 63 pre-2025 province codes")
    century_sex = century_sex_digit(birth_date.year, sex)
    return f"{province_code}{century_sex}{birth_date.year % 100:02d}{rng.randrange(1_000_000):06d}"


def check_cccd(number: str, birth_date: date, sex: str) -> list[str]:
    """What is wrong with `number` as the CCCD of this person, in Vietnamese; empty when it is valid."""
    shape = []
    if not _DIGITS.fullmatch(number):
        shape.append(f"Số định danh chỉ được gồm các chữ số 0–9, nhận được {number!r}.")
    if len(number) != 12:
        shape.append(f"Số định danh phải có đúng 12 chữ số, nhận được {len(number)} ký tự.")
    if shape:
        return shape

    problems = []
    province, century_sex, year_digits = number[:3], number[3], number[4:6]
    if province not in BIRTH_PROVINCES:
        problems.append(f"Mã tỉnh nơi đăng ký khai sinh {province} không thuộc danh sách 63 mã tỉnh.")
    # Text read from a page can arrive decomposed ("Nữ" as u + combining marks).
    sex = unicodedata.normalize("NFC", sex)
    year = birth_date.year
    if not FIRST_ENCODABLE_YEAR <= year <= LAST_ENCODABLE_YEAR:
        problems.append(
            f"Năm sinh {year} nằm ngoài khoảng {FIRST_ENCODABLE_YEAR}–{LAST_ENCODABLE_YEAR} "
            "mà số định danh mã hóa được."
        )
    elif sex not in SEXES:
        problems.append(f"Giới tính {sex!r} không hợp lệ, phải là 'Nam' hoặc 'Nữ'.")
    elif century_sex != (expected := century_sex_digit(year, sex)):
        problems.append(
            f"Chữ số thứ 4 (thế kỷ và giới tính) là {century_sex}, "
            f"nhưng giới tính {sex}, sinh năm {year} phải là {expected}."
        )
    if year_digits != f"{year % 100:02d}":
        problems.append(f"Chữ số thứ 5–6 (năm sinh) là {year_digits}, nhưng năm sinh là {year}.")
    return problems
