import time

import pytest

from harness.polling import PollTimeout, poll_until


def test_returns_the_first_value_that_is_done():
    values = iter([1, 2, 3, 4])
    assert poll_until(lambda: next(values), lambda value: value >= 3, 1000, 1, "có số 3") == 3


def test_a_value_already_there_is_returned_at_once():
    started = time.monotonic()
    assert poll_until(lambda: "SYNCED", lambda value: value == "SYNCED", 5000, 1000, "đồng bộ") == "SYNCED"
    assert time.monotonic() - started < 0.5


def test_a_late_outcome_fails_on_the_deadline_with_the_last_value_read():
    started = time.monotonic()
    with pytest.raises(PollTimeout, match="Quá 200 ms vẫn chưa đồng bộ; lần đọc cuối: RETRYING") as caught:
        poll_until(lambda: "RETRYING", lambda value: value == "SYNCED", 200, 20, "đồng bộ")
    assert caught.value.last == "RETRYING"
    assert 0.2 <= time.monotonic() - started < 1.5


def test_the_pause_never_runs_past_the_deadline():
    started = time.monotonic()
    with pytest.raises(PollTimeout):
        poll_until(lambda: 0, lambda value: False, 100, 5000, "xong")
    assert time.monotonic() - started < 1
