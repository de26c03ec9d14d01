"""NgayHenTra: the 15:00 rule, day counting, fractional days and the processing-time units."""

from datetime import date, datetime, timedelta, timezone

import pytest

from sandbox.clock import VIETNAM
from sandbox.dossiers.working_days import ProcessingTimeUnit, WorkingCalendar

CALENDAR = WorkingCalendar()
WD = ProcessingTimeUnit.WORKING_DAY


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


@pytest.mark.parametrize(("received_at", "amount", "unit", "expected"), [
    pytest.param(at(2026, 11, 9, 14, 59), 1, WD, at(2026, 11, 9, 17), id="1 WD before 15:00: same day"),
    pytest.param(at(2026, 11, 9, 15, 0), 1, WD, at(2026, 11, 9, 17), id="1 WD at 15:00 sharp: same day"),
    pytest.param(at(2026, 11, 9, 15, 1), 1, WD, at(2026, 11, 10, 17), id="1 WD after 15:00: next day"),
    pytest.param(at(2026, 11, 9, 6, 0), 1, WD, at(2026, 11, 9, 17), id="1 WD before opening: same day"),
    pytest.param(at(2026, 11, 9, 9), 3, WD, at(2026, 11, 11, 17), id="3 WD from Monday"),
    pytest.param(at(2026, 11, 12, 10), 3, WD, at(2026, 11, 16, 17), id="3 WD over a weekend"),
    pytest.param(at(2026, 11, 13, 16), 3, WD, at(2026, 11, 18, 17), id="3 WD Friday after 15:00"),
    pytest.param(at(2026, 11, 14, 10), 1, WD, at(2026, 11, 16, 17), id="1 WD received on Saturday"),
    pytest.param(at(2026, 11, 9, 9), 6.25, WD, at(2026, 11, 17, 9, 30), id="6.25 WD"),
    pytest.param(at(2026, 11, 9, 9), 3.5, WD, at(2026, 11, 12, 11, 30), id="3.5 WD"),
    pytest.param(at(2025, 8, 29, 10), 2, WD, at(2025, 9, 3, 17), id="2 WD over Quốc khánh 2025"),
    pytest.param(at(2027, 2, 3, 10), 3, WD, at(2027, 2, 12, 17), id="3 WD over Tết 2027"),
])
def test_working_days_count_the_receiving_day_before_15h(
    received_at: datetime, amount: float, unit: ProcessingTimeUnit, expected: datetime
) -> None:
    assert CALENDAR.appointment_date(received_at, amount, unit) == expected


def test_a_province_day_off_pushes_the_appointment() -> None:
    calendar = WorkingCalendar(extra_days_off={date(2026, 11, 10)})
    assert calendar.appointment_date(at(2026, 11, 9, 9), 3, WD) == at(2026, 11, 12, 17)


def test_a_swapped_in_saturday_counts() -> None:
    calendar = WorkingCalendar(extra_working_days={date(2026, 11, 14)})
    assert calendar.appointment_date(at(2026, 11, 13, 9), 3, WD) == at(2026, 11, 16, 17)


@pytest.mark.parametrize(("received_at", "hours", "expected"), [
    pytest.param(at(2026, 11, 9, 9), 15, at(2026, 11, 11, 8), id="15 h from Monday 09:00"),
    pytest.param(at(2026, 11, 9, 12), 1, at(2026, 11, 9, 14), id="received in the lunch break"),
    pytest.param(at(2026, 11, 9, 15, 30), 1, at(2026, 11, 10, 8, 30), id="received after 15:00"),
])
def test_hours_count_office_time_from_the_receipt(received_at: datetime, hours: float, expected: datetime) -> None:
    assert CALENDAR.appointment_date(received_at, hours, ProcessingTimeUnit.HOUR) == expected


@pytest.mark.parametrize(("received_at", "days", "expected"), [
    pytest.param(at(2026, 11, 9, 9), 10, at(2026, 11, 18, 17), id="10 days ending on a Wednesday"),
    pytest.param(at(2026, 11, 12, 10), 10, at(2026, 11, 23, 17), id="10 days ending on a Saturday"),
    pytest.param(at(2026, 11, 13, 16), 1, at(2026, 11, 16, 17), id="1 day received Friday after 15:00"),
])
def test_calendar_days_include_the_counting_day(received_at: datetime, days: int, expected: datetime) -> None:
    assert CALENDAR.appointment_date(received_at, days, ProcessingTimeUnit.DAY) == expected


@pytest.mark.parametrize(("received_at", "months", "expected"), [
    pytest.param(at(2026, 11, 9, 10), 2, at(2027, 1, 8, 17), id="2 months from 9/11"),
    pytest.param(at(2027, 3, 15, 10), 1, at(2027, 4, 14, 17), id="1 month from 15/3"),
    # April has no 31st, so the month ends on 30/4: a holiday, like 1/5 and Monday 3/5 (1/5 made up).
    pytest.param(at(2027, 3, 31, 10), 1, at(2027, 5, 4, 17), id="1 month from 31/3 over 30/4 and 1/5"),
])
def test_months_end_the_day_before_the_corresponding_day(
    received_at: datetime, months: int, expected: datetime
) -> None:
    assert CALENDAR.appointment_date(received_at, months, ProcessingTimeUnit.MONTH) == expected


def test_unit_may_be_given_as_the_catalogue_string() -> None:
    assert CALENDAR.appointment_date(at(2026, 11, 9, 9), 3, "WORKING_DAY") == at(2026, 11, 11, 17)


def test_the_time_zone_of_the_receipt_is_kept() -> None:
    utc_plus_7 = timezone(timedelta(hours=7))
    received_at = datetime(2026, 11, 9, 9, tzinfo=utc_plus_7)
    assert CALENDAR.appointment_date(received_at, 1, WD).tzinfo is utc_plus_7


def test_other_unit_asks_for_a_case_level_time() -> None:
    with pytest.raises(ValueError, match="case"):
        CALENDAR.appointment_date(at(2026, 11, 9, 9), 5, ProcessingTimeUnit.OTHER)


@pytest.mark.parametrize(("amount", "unit", "message"), [
    (0, WD, "positive"),
    (0.5, WD, "HOUR"),
    (6.5, ProcessingTimeUnit.DAY, "whole"),
    (1.5, ProcessingTimeUnit.MONTH, "whole"),
])
def test_unusable_processing_times_are_refused(amount: float, unit: ProcessingTimeUnit, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CALENDAR.appointment_date(at(2026, 11, 9, 9), amount, unit)
