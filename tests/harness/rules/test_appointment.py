"""The harness's own appointment-date rule, pinned on dates checked by hand against the 2026 calendar."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from harness.rules.appointment import expected_appointment, is_working_day

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day: int, month: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN)


@pytest.mark.parametrize(("received", "days", "due"), [
    (at(9, 11, 14, 59), 1, at(9, 11, 17)),      # before 15:00: the same day counts
    (at(9, 11, 15, 1), 1, at(10, 11, 17)),      # after 15:00: from the next working day
    (at(9, 11, 9), 3, at(11, 11, 17)),
    (at(13, 11, 16), 3, at(18, 11, 17)),        # Friday afternoon: Mon, Tue, Wed
    (at(14, 11, 10), 1, at(16, 11, 17)),        # received on a Saturday
    (at(9, 11, 9), 6.25, at(17, 11, 9, 30)),    # 6 days end Mon 16/11, then 2 office hours
    (at(9, 11, 9), 7.5, at(18, 11, 11, 30)),    # half a day: the whole morning
    (at(28, 8, 9), 3, at(4, 9, 17)),            # 31/8 (swapped), 1/9 and 2/9 (Quốc khánh) are off
    (at(21, 8, 16), 1, at(22, 8, 17)),          # Saturday 22/8/2026 is worked in exchange for 31/8
])
def test_expected_appointment(received: datetime, days: float, due: datetime) -> None:
    assert expected_appointment(received, days) == due


def test_a_province_day_off_pushes_the_date() -> None:
    assert expected_appointment(at(9, 11, 9), 3, frozenset({date(2026, 11, 10)})) == at(12, 11, 17)


def test_lunar_new_year_is_off() -> None:
    assert not is_working_day(date(2027, 2, 8))  # Tết Đinh Mùi 2027 falls on 6 February
    assert is_working_day(date(2027, 2, 15))
