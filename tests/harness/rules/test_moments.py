from datetime import UTC, datetime

import pytest

from harness.rules.moments import Window, during, outside_window, same_moment
from harness.vietnam_time import VIETNAM

WINDOW = Window(datetime(2026, 12, 1, 10, 14, 58, 500000, tzinfo=VIETNAM),
                datetime(2026, 12, 1, 10, 15, 1, tzinfo=VIETNAM))


@pytest.mark.parametrize("shown", ["01/12/2026 10:14", "01/12/2026 10:15", "01/12/2026 10:14:58",
                                   "01/12/2026 10:15:01"])
def test_a_moment_within_the_window_at_its_own_precision(shown: str) -> None:
    assert outside_window(shown, WINDOW) is None


@pytest.mark.parametrize("shown", ["01/12/2026 10:13", "01/12/2026 10:16", "01/12/2026 10:14:57",
                                   "01/12/2026 10:15:02", "02/12/2026 10:15"])
def test_a_moment_outside_is_named(shown: str) -> None:
    assert shown in outside_window(shown, WINDOW)


def test_a_window_in_another_time_zone_is_read_in_vietnams_time():
    utc = Window(WINDOW.start.astimezone(UTC), WINDOW.end.astimezone(UTC))
    assert outside_window("01/12/2026 10:15", utc) is None


def test_something_that_is_not_a_moment_fails():
    with pytest.raises(AssertionError, match="không phải một thời điểm"):
        outside_window("hôm nay", WINDOW)


def test_moments_agree_at_the_coarser_precision():
    assert same_moment("01/12/2026 10:15", "01/12/2026 10:15:42")
    assert not same_moment("01/12/2026 10:15", "01/12/2026 10:16:00")
    assert not same_moment("01/12/2026 10:15:41", "01/12/2026 10:15:42")


def test_an_action_is_framed_by_the_clock_read_before_and_after():
    ticks = iter([WINDOW.start, WINDOW.end])
    done, window = during(lambda: next(ticks), lambda: "xong")
    assert (done, window) == ("xong", WINDOW)
