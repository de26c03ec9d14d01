"""Asking again until an asynchronous outcome is there, for what a web-first assertion cannot watch (an API).

The pause between two reads is the environment's poll interval and the whole wait is bounded by one of its
deadlines: an outcome that is late fails with the last value read, it is never waited for blindly.
"""

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class PollTimeout(AssertionError):
    """The outcome did not come before the deadline; `last` is what was read last."""

    def __init__(self, message: str, last: object) -> None:
        super().__init__(message)
        self.last = last


def poll_until(read: Callable[[], T], done: Callable[[T], bool], deadline_ms: int, interval_ms: int,
               wanted: str) -> T:
    """The first value of `read()` that is `done`; PollTimeout once `deadline_ms` have passed without one."""
    deadline = time.monotonic() + deadline_ms / 1000
    while True:
        value = read()
        if done(value):
            return value
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PollTimeout(f"Quá {deadline_ms} ms vẫn chưa {wanted}; lần đọc cuối: {value}", value)
        time.sleep(min(interval_ms / 1000, remaining))
