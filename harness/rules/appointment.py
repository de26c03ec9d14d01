"""The appointment date (ngày hẹn trả) a dossier should get, computed independently of any portal.

Written from the rules as published (DOMAIN §3.4–3.5) and the sandbox's documented counting semantics
(docs/ARCHITECTURE.md, "Appointment dates"), walking the calendar one day at a time, so that a wrong
implementation in the portal cannot be confirmed by the same code:

- working days are Monday to Friday that are not Vietnamese public holidays (the `holidays` package's
  published calendar) nor days off the province declared, plus the Saturdays the government swapped in
  as working days (the package names them in its "substituted from" entries);
- a dossier received on a working day at or before 15:00 counts that day as day 1, otherwise day 1 is the
  next working day;
- N whole working days end at 17:00 of the N-th working day; a fraction f of a day adds f × 8 office
  hours (07:30–11:30, 13:00–17:00) from 07:30 of the next working day.
"""

import re
from datetime import date, datetime, time, timedelta
from functools import cache

import holidays

CUTOFF = time(15, 0)
MORNING = (time(7, 30), time(11, 30))
AFTERNOON = (time(13, 0), time(17, 0))


SUBSTITUTED_FROM = re.compile(r"substituted from (\d{2})/(\d{2})/(\d{4})")


@cache
def _calendar(year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(public days off, Saturdays worked in exchange) of a year."""
    published = holidays.country_holidays("VN", years=year)
    worked = {date(int(y), int(m), int(d)) for name in published.values() for m, d, y in SUBSTITUTED_FROM.findall(name)}
    return frozenset(published), frozenset(worked)


def is_working_day(day: date, days_off: frozenset[date] = frozenset()) -> bool:
    public_days_off, worked_saturdays = _calendar(day.year)
    if day in days_off or day in public_days_off:
        return False
    return day.weekday() < 5 or day in worked_saturdays


def _next_working_day(day: date, days_off: frozenset[date]) -> date:
    day += timedelta(days=1)
    while not is_working_day(day, days_off):
        day += timedelta(days=1)
    return day


def expected_appointment(received_at: datetime, working_days: float,
                         days_off: frozenset[date] = frozenset()) -> datetime:
    day = received_at.date()
    if not (is_working_day(day, days_off) and received_at.time() <= CUTOFF):
        day = _next_working_day(day, days_off)
    whole = int(working_days)
    for _ in range(whole - 1):
        day = _next_working_day(day, days_off)
    fraction_minutes = round((working_days - whole) * 8 * 60)
    if not fraction_minutes:
        return datetime.combine(day, AFTERNOON[1], received_at.tzinfo)
    day = _next_working_day(day, days_off)
    morning_minutes = 4 * 60
    if fraction_minutes <= morning_minutes:
        start = datetime.combine(day, MORNING[0], received_at.tzinfo)
        return start + timedelta(minutes=fraction_minutes)
    start = datetime.combine(day, AFTERNOON[0], received_at.tzinfo)
    return start + timedelta(minutes=fraction_minutes - morning_minutes)
