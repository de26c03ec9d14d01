"""Which days are working days, and office-time arithmetic.

Holiday dates are hard-coded from reasoning, not copied from the library, so a change in the `holidays`
package that moves an official day off shows up here.
"""

from datetime import date, datetime, timedelta

import holidays
import pytest

from sandbox.clock import VIETNAM
from sandbox.dossiers.working_days import WorkingCalendar

CALENDAR = WorkingCalendar()


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


def days_off(first: date, last: date, calendar: WorkingCalendar = CALENDAR) -> list[date]:
    span = (last - first).days + 1
    return [d for d in (first + timedelta(days=n) for n in range(span)) if not calendar.is_working_day(d)]


def test_weekends_are_days_off_and_weekdays_work() -> None:
    assert days_off(date(2026, 11, 9), date(2026, 11, 15)) == [date(2026, 11, 14), date(2026, 11, 15)]


def test_quoc_khanh_2025_is_2_9_and_the_day_before() -> None:
    # 2/9/2025 is a Tuesday; the second day of Quốc khánh (since 2021) falls on Monday 1/9.
    assert days_off(date(2025, 8, 29), date(2025, 9, 3)) == [
        date(2025, 8, 30), date(2025, 8, 31), date(2025, 9, 1), date(2025, 9, 2),
    ]


def test_quoc_khanh_2027_is_2_9_and_the_day_after() -> None:
    # 2/9/2027 is a Thursday: the second day is Friday 3/9, so the break runs into the weekend.
    assert days_off(date(2027, 9, 1), date(2027, 9, 5)) == [
        date(2027, 9, 2), date(2027, 9, 3), date(2027, 9, 4), date(2027, 9, 5),
    ]


def test_the_library_places_tet_dinh_mui_on_6_february_2027() -> None:
    assert holidays.country_holidays("VN", years=2027, language="vi").get(date(2027, 2, 6)) == "Tết Nguyên Đán"


def test_tet_2027_closes_offices_from_thursday_4_to_wednesday_10_february() -> None:
    # Mùng 1 is Saturday 6/2. Five days of Tết (30 Tết to mùng 4, 5–9/2) of which two fall on the
    # weekend, made up on the working days either side: Thursday 4/2 and Wednesday 10/2.
    assert days_off(date(2027, 2, 3), date(2027, 2, 11)) == [date(2027, 2, d) for d in range(4, 11)]


def test_tet_2026_closes_offices_monday_16_to_friday_20_february() -> None:
    assert days_off(date(2026, 2, 16), date(2026, 2, 23)) == [date(2026, 2, d) for d in range(16, 23)]


def test_gio_to_hung_vuong_2026_on_a_sunday_is_made_up_on_monday() -> None:
    assert not CALENDAR.is_working_day(date(2026, 4, 26))
    assert not CALENDAR.is_working_day(date(2026, 4, 27))


def test_government_swap_of_2026_works_saturday_22_august_for_monday_31_august() -> None:
    assert CALENDAR.is_working_day(date(2026, 8, 22))
    assert not CALENDAR.is_working_day(date(2026, 8, 31))


def test_a_province_can_declare_an_extra_day_off() -> None:
    calendar = WorkingCalendar(extra_days_off={date(2026, 11, 10)})
    assert not calendar.is_working_day(date(2026, 11, 10))
    assert CALENDAR.is_working_day(date(2026, 11, 10))


def test_a_saturday_can_be_swapped_in_as_a_working_day() -> None:
    calendar = WorkingCalendar(extra_working_days={date(2026, 11, 14)})
    assert calendar.is_working_day(date(2026, 11, 14))
    assert not calendar.is_working_day(date(2026, 11, 15))


def test_next_working_day_skips_weekend_and_holidays() -> None:
    assert CALENDAR.next_working_day(date(2025, 8, 29)) == date(2025, 9, 3)


@pytest.mark.parametrize(("start", "amount", "expected"), [
    (at(2026, 11, 9, 7, 30), 1, at(2026, 11, 9, 17, 0)),
    (at(2026, 11, 9, 7, 30), 0.5, at(2026, 11, 9, 11, 30)),
    (at(2026, 11, 9, 10, 30), 0.25, at(2026, 11, 9, 14, 0)),
    (at(2026, 11, 9, 12, 0), 0.25, at(2026, 11, 9, 15, 0)),
    (at(2026, 11, 13, 16, 0), 0.25, at(2026, 11, 16, 8, 30)),
    (at(2026, 11, 9, 18, 0), 1, at(2026, 11, 10, 17, 0)),
])
def test_add_working_days_counts_office_hours_only(start: datetime, amount: float, expected: datetime) -> None:
    assert CALENDAR.add_working_days(start, amount) == expected


def test_add_working_hours_skips_the_lunch_break() -> None:
    assert CALENDAR.add_working_hours(at(2026, 11, 9, 11, 0), 1) == at(2026, 11, 9, 13, 30)


def test_negative_working_time_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        CALENDAR.add_working_hours(at(2026, 11, 9, 9), -1)
