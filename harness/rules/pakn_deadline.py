"""The PAKN deadline the harness expects (docs/ARCHITECTURE.md, PAKN): the 10th working day (Monday–Friday) after
the day an item is received, to the end of that day; overdue once that day is over and it is still unanswered."""

from datetime import date, timedelta

WORKING_DAYS = 10


def pakn_due_day(received: date) -> date:
    day, counted = received, 0
    while counted < WORKING_DAYS:
        day += timedelta(days=1)
        counted += day.weekday() < 5
    return day


def pakn_code_prefix(received: date) -> str:
    """Mã số PAKN: `PAKN-<yyyymmdd of the day received>-<5-digit rank that day>`."""
    return f"PAKN-{received:%Y%m%d}-"
