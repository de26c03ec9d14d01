"""Working days, office hours and the appointment date (NgayHenTra) of a dossier (DOMAIN §3.4–3.5).

Working days
    Monday to Friday, minus the Vietnamese public holidays of the `holidays` package (country "VN":
    New Year, Tết Nguyên Đán with its compensatory days, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh 2/9
    with its second day, Ngày Văn hóa Việt Nam from 2026, and the government's day swaps it knows).
    A calendar adds what the package cannot know: `extra_days_off` (days a province declares, or a
    government swap missing from the package) and `extra_working_days` (Saturdays worked in exchange).
    The package's own swapped-in Saturdays (for example 22/8/2026) are working days too.

Office hours
    07:30–11:30 and 13:00–17:00, 8 hours a working day, so 0.25 working day is 2 working hours.

The 15:00 rule and day counting
    Procedure texts say that a dossier received after 15:00 gets its result "trong ngày làm việc tiếp
    theo", and 1.001193 (1 working day) is returned the same day when received before 15:00. Hence:

    * The counting day is the receiving day if that is a working day and the dossier arrived at or
      before 15:00:00; otherwise it is the next working day. The counting day is day 1.
    * WORKING_DAY: the counting day is credited whole. The amount is converted to office hours and
      consumed from 07:30 of the counting day, so N whole days end at 17:00 on the N-th working day and a
      fraction runs on into the next working day. Amounts below 1 are refused: crediting the whole
      receiving day would put the appointment before the receipt; such times belong in HOUR.
    * HOUR: working hours consumed from the receipt itself (moved to 07:30 of the counting day when the
      15:00 rule or a day off applies; a receipt in the lunch break starts at 13:00).
    * DAY and MONTH: calendar periods that include the counting day; they end at 17:00 on their last
      day, or on the next working day when the last day is a day off, since results are handed over on
      working days only. A month ends the day before the corresponding day of the last month, or on that
      month's last day when it has no corresponding day.
    * OTHER: the catalogue gives no usable time; a case-level time must be used instead.

Worked examples (November 2026 has no holiday before the 24th):

    1 WD      received Mon 09/11 14:59  ->  Mon 09/11 17:00 (same day)
    1 WD      received Mon 09/11 15:01  ->  Tue 10/11 17:00
    3 WD      received Mon 09/11 09:00  ->  Wed 11/11 17:00
    3 WD      received Fri 13/11 16:00  ->  Wed 18/11 17:00 (counting from Mon 16/11)
    6.25 WD   received Mon 09/11 09:00  ->  Tue 17/11 09:30 (6 days end Mon 16/11 17:00, then 2 hours)
    15 HOUR   received Mon 09/11 09:00  ->  Wed 11/11 08:00 (6.5 h on Mon, 8 h on Tue, 0.5 h on Wed)
    10 DAY    received Thu 12/11 10:00  ->  Mon 23/11 17:00 (day 10 is Sat 21/11)
    2 MONTH   received Mon 09/11 10:00  ->  Fri 08/01/2027 17:00

Datetimes are wall-clock times in Vietnam (no daylight saving); their tzinfo is kept as given.
"""

import calendar
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import StrEnum

import holidays

OFFICE_HOURS = ((time(7, 30), time(11, 30)), (time(13, 0), time(17, 0)))
HOURS_PER_WORKING_DAY = 8
SAME_DAY_CUTOFF = time(15, 0)
_ONE_DAY = timedelta(days=1)


class ProcessingTimeUnit(StrEnum):
    """`processingTimeUnit` of an execution method in the portal's catalogue."""

    WORKING_DAY = "WORKING_DAY"
    DAY = "DAY"
    HOUR = "HOUR"
    MONTH = "MONTH"
    OTHER = "OTHER"


class WorkingCalendar:
    """Which days the one-stop desks of a province work, and office-time arithmetic on them."""

    def __init__(self, extra_days_off: Iterable[date] = (), extra_working_days: Iterable[date] = ()) -> None:
        self._holidays = holidays.country_holidays("VN")
        self._extra_days_off = frozenset(extra_days_off)
        self._extra_working_days = frozenset(extra_working_days)

    def is_working_day(self, day: date) -> bool:
        if day in self._extra_days_off or day in self._holidays:
            return False
        # The membership test above loads the year, which also fills the package's swapped-in Saturdays.
        if day in self._extra_working_days or day in self._holidays.weekend_workdays:
            return True
        return day.weekday() < 5

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        day += _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def add_working_hours(self, start: datetime, hours: float) -> datetime:
        """The instant at which `hours` of office time have passed since `start`.

        Time outside office hours does not count. Work that ends exactly at a closing time ends there
        (11:30 or 17:00), not at the next opening.
        """
        if hours < 0:
            raise ValueError(f"Working time cannot be negative: {hours} hours.")
        remaining = timedelta(seconds=round(hours * 3600))
        day, cursor = start.date(), start
        while True:
            if self.is_working_day(day):
                for opens, closes in OFFICE_HOURS:
                    window_start = max(cursor, _at(day, opens, start))
                    window_end = _at(day, closes, start)
                    if window_start >= window_end:
                        continue
                    if remaining <= window_end - window_start:
                        return window_start + remaining
                    remaining -= window_end - window_start
            day += _ONE_DAY
            cursor = _at(day, time.min, start)

    def add_working_days(self, start: datetime, amount: float) -> datetime:
        """`add_working_hours` with days of 8 office hours: 1 day from 07:30 ends at 17:00 that day."""
        return self.add_working_hours(start, amount * HOURS_PER_WORKING_DAY)

    def counting_day(self, received_at: datetime) -> date:
        """The 15:00 rule: the day counting starts on, for a dossier received at `received_at`."""
        day = received_at.date()
        if self.is_working_day(day) and received_at.time() <= SAME_DAY_CUTOFF:
            return day
        return self.next_working_day(day)

    def appointment_date(
        self, received_at: datetime, processing_time: float, unit: ProcessingTimeUnit | str
    ) -> datetime:
        """NgayHenTra of a dossier received at `received_at` (see the module docstring for the rules)."""
        unit = ProcessingTimeUnit(unit)
        if unit is ProcessingTimeUnit.OTHER:
            raise ValueError(
                "Processing time unit OTHER has no rule to count with: use the processing time of the "
                "procedure's case (trường hợp) in a concrete unit instead."
            )
        if processing_time <= 0:
            raise ValueError(f"Processing time must be positive, got {processing_time} {unit}.")
        first_day = self.counting_day(received_at)
        if unit is ProcessingTimeUnit.WORKING_DAY:
            if processing_time < 1:
                raise ValueError(
                    f"{processing_time} working day is less than the receiving day that is credited whole: "
                    "express it in HOUR."
                )
            return self.add_working_days(_at(first_day, OFFICE_HOURS[0][0], received_at), processing_time)
        if unit is ProcessingTimeUnit.HOUR:
            start = received_at if first_day == received_at.date() else _at(first_day, time.min, received_at)
            return self.add_working_hours(start, processing_time)
        if processing_time != int(processing_time):
            raise ValueError(f"A period in {unit} must be a whole number, got {processing_time}.")
        if unit is ProcessingTimeUnit.DAY:
            last_day = first_day + timedelta(days=int(processing_time) - 1)
        else:
            last_day = _month_period_end(first_day, int(processing_time))
        if not self.is_working_day(last_day):
            last_day = self.next_working_day(last_day)
        return _at(last_day, OFFICE_HOURS[-1][1], received_at)


def _at(day: date, clock_time: time, like: datetime) -> datetime:
    """`day` at `clock_time`, in the time zone of `like`."""
    return datetime.combine(day, clock_time, tzinfo=like.tzinfo)


def _month_period_end(first_day: date, months: int) -> date:
    """Last day of a period of `months` calendar months that starts on (and includes) `first_day`."""
    years_on, month_index = divmod(first_day.month - 1 + months, 12)
    year, month = first_day.year + years_on, month_index + 1
    days_in_month = calendar.monthrange(year, month)[1]
    if first_day.day > days_in_month:
        return date(year, month, days_in_month)
    return date(year, month, first_day.day) - _ONE_DAY
