"""The deadline of a PAKN item (QĐ 766 counts PAKN handled on time): 10 working days (Monday to Friday) after the
day it is received, until the end of that day, Vietnam time. Public holidays are not counted out (the sandbox has
no holiday calendar). Overdue: the deadline has passed and the item is neither answered nor refused (DOMAIN §4.1)."""

from datetime import datetime, time, timedelta

WORKING_DAYS = 10


def due_at(received: datetime) -> datetime:
    day, counted = received.date(), 0
    while counted < WORKING_DAYS:
        day += timedelta(days=1)
        if day.weekday() < 5:
            counted += 1
    return datetime.combine(day, time(23, 59, 59), tzinfo=received.tzinfo)


def is_overdue(now: datetime, due: datetime, closed: bool) -> bool:
    return not closed and now > due
