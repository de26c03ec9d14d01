"""Age in completed years, and birth dates that put a person in an age range on a given day."""

import random
from datetime import date, timedelta


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February, in a year that has none
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: date, today: date) -> int:
    return today.year - birth_date.year - ((today.month, today.day) < (birth_date.month, birth_date.day))


def random_birth_date(rng: random.Random, age_range: tuple[int, int], today: date) -> date:
    """A birth date giving an age from `age_range[0]` to `age_range[1]` (both included) on `today`."""
    youngest, oldest = age_range
    if not 0 <= youngest <= oldest:
        raise ValueError(f"age_range must be (youngest, oldest) with 0 <= youngest <= oldest, got {age_range}")
    latest = years_before(today, youngest)
    earliest = years_before(today, oldest + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
