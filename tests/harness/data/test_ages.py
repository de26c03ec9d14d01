"""Birth dates that give exactly the asked age range on the injected day, leap days included."""

import random
from datetime import date

import pytest

from harness.data.ages import age_on, random_birth_date


@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2028, 2, 29), date(2027, 3, 1), date(2026, 1, 1)])
def test_the_age_on_today_is_within_the_range(today: date) -> None:
    rng = random.Random(4)
    ages = {age_on(random_birth_date(rng, (18, 20), today), today) for _ in range(2000)}
    assert ages == {18, 19, 20}


def test_a_single_age_range_gives_that_age() -> None:
    rng = random.Random(5)
    assert {age_on(random_birth_date(rng, (17, 17), date(2026, 6, 30)), date(2026, 6, 30)) for _ in range(300)} == {17}


def test_age_counts_completed_years() -> None:
    assert age_on(date(2008, 11, 22), date(2026, 11, 21)) == 17
    assert age_on(date(2008, 11, 22), date(2026, 11, 22)) == 18


@pytest.mark.parametrize("age_range", [(20, 18), (-1, 5)])
def test_a_backwards_or_negative_range_is_refused(age_range: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        random_birth_date(random.Random(1), age_range, date(2026, 1, 1))
