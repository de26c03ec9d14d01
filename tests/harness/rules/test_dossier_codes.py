from datetime import date

import pytest

from harness.rules.dossier_codes import dossier_code_problem

UNIT = "000.21.31.H15"
TODAY, TOMORROW = date(2026, 12, 1), date(2026, 12, 2)


@pytest.mark.parametrize("code", ["000.21.31.H15-261201-0001", "000.21.31.H15-261201-0123",
                                  "000.21.31.H15-261202-0001"])
def test_the_units_code_the_submission_day_and_a_sequence_from_one(code: str) -> None:
    assert dossier_code_problem(code, UNIT, [TODAY, TOMORROW]) is None


@pytest.mark.parametrize(("code", "why"), [
    ("000.21.32.H15-261201-0001", "không có dạng 000.21.31.H15-yyMMdd-NNNN"),   # another unit
    ("000.21.31.H15-261130-0001", "không có dạng"),                            # another day
    ("000.21.31.H15-261201-001", "không có dạng"),                             # three digits
    ("000.21.31.H15-261201-00012", "không có dạng"),
    ("x000.21.31.H15-261201-0001", "không có dạng"),
    ("000.21.31.H15-261201-0000", "số thứ tự 0000"),
])
def test_anything_else_is_named(code: str, why: str) -> None:
    assert why in dossier_code_problem(code, UNIT, [TODAY])


def test_the_dots_of_the_unit_code_are_dots():
    assert dossier_code_problem("000x21x31xH15-261201-0001", UNIT, [TODAY]) is not None
