"""Declarations of synthetic citizens: complete for each e-form, placed in the agency's own ward."""

import random
from datetime import date

import pytest

from harness.data.declarations import declaration, place_in

TODAY = date(2026, 11, 9)


def test_a_ward_agency_declares_its_own_ward_and_a_department_any_ward_of_its_province() -> None:
    rng = random.Random(7)
    assert place_in(rng, "Tỉnh Đắk Lắk", "Phường Tuy Hòa").ward == "Phường Tuy Hòa"
    assert place_in(rng, "Tỉnh Đắk Lắk", "Sở Tài chính").province == "Tỉnh Đắk Lắk"


@pytest.mark.parametrize(("code", "files"), [
    ("1.004194", {"Tờ khai thay đổi thông tin cư trú"}),
    ("1.004222", {"Tờ khai thay đổi thông tin cư trú"}),
    ("1.001193", {"Giấy chứng sinh"}),
    ("2.000635", set()),
    ("1.013225", {"Một trong những giấy tờ hợp pháp về đất đai", "Hồ sơ thiết kế xây dựng"}),
    ("2.001610", set()),
])
def test_each_e_form_gets_its_answers_and_required_files(code: str, files: set[str]) -> None:
    found = declaration(code, random.Random(1), TODAY, "Tỉnh Đắk Lắk", "Phường Tuy Hòa")
    assert found.answers and all(found.answers.values())
    assert set(found.files) == files


def test_the_same_seed_declares_the_same() -> None:
    first = declaration("1.004194", random.Random(3), TODAY, "Tỉnh Đắk Lắk", "Phường Tuy Hòa")
    assert first == declaration("1.004194", random.Random(3), TODAY, "Tỉnh Đắk Lắk", "Phường Tuy Hòa")


def test_a_procedure_without_its_own_e_form_gets_the_summary_only() -> None:
    assert list(declaration("1.003677", random.Random(1), TODAY, "Tỉnh Đắk Lắk", "Phường Tuy Hòa").answers) == [
        "Trích yếu nội dung"]
