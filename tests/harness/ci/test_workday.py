"""Scheduled runs only on Vietnam's working days: weekdays outside public holidays, swapped-in Saturdays."""

from datetime import date

import pytest

from harness.ci.workday import main


@pytest.mark.parametrize(("day", "code"), [
    (date(2025, 9, 3), 0),    # a Wednesday
    (date(2025, 9, 2), 1),    # Quốc khánh
    (date(2025, 9, 6), 1),    # a Saturday
    (date(2025, 4, 30), 1),   # Ngày Thống nhất
])
def test_exit_code_says_whether_the_day_is_a_working_day(day: date, code: int,
                                                         capsys: pytest.CaptureFixture) -> None:
    assert main(today=day) == code
    assert capsys.readouterr().out.startswith(f"{day:%d/%m/%Y}: ")
