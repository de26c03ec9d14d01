"""Acting on a page that may not listen yet: a React page that has not hydrated ignores a click. So act, give the
effect one poll interval to show, and act again until the action deadline; no fixed sleep, every wait is a
web-first assertion or a Playwright event with a timeout.

The deadlines come from the environment file: `configure(action_ms, poll_interval_ms)` once per run
(fixtures/env.py); until then the defaults below hold.
"""

import time
from collections.abc import Callable

from playwright.sync_api import Locator, Page, Request
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

_deadlines = {"action_ms": 5_000, "poll_interval_ms": 250}
# An effect that has not shown yet: an assertion that timed out, or an awaited event that did not come.
NOT_YET = (AssertionError, PlaywrightTimeoutError)

Attempt = Callable[[float], None]


def configure(action_ms: int, poll_interval_ms: int) -> None:
    _deadlines.update(action_ms=action_ms, poll_interval_ms=max(1, poll_interval_ms))


def until_done(attempt: Attempt) -> None:
    """Repeat `attempt(timeout_ms)`, which acts and waits that long for its effect, until it succeeds; at the action
    deadline the last failure is raised as it is."""
    deadline = time.monotonic() + _deadlines["action_ms"] / 1000
    while True:
        try:
            attempt(_deadlines["poll_interval_ms"])
            return
        except NOT_YET:
            if time.monotonic() >= deadline:
                raise


def act_until(act: Callable[[], None], effect: Attempt) -> None:
    """`effect(timeout_ms)` asserts what `act` should have done (a web-first assertion with that timeout)."""

    def attempt(timeout: float) -> None:
        act()
        effect(timeout)

    until_done(attempt)


def click_until(target: Locator, effect: Attempt) -> None:
    act_until(target.click, effect)


def leave_by(page: Page, act: Callable[[], None], unless_shown: Locator | None = None) -> None:
    """Act until the page starts loading another address; `unless_shown` is the page's answer that it stays
    (a message), which ends the waiting as well. The page's requests are watched from the first act on, so an act
    whose navigation starts a little after one poll interval is not repeated: a form is never sent twice."""
    sent: list[Request] = []

    def leaving(request: Request) -> bool:
        return request.is_navigation_request() and request.frame == page.main_frame

    def record(request: Request) -> None:
        if leaving(request):
            sent.append(request)

    def act_unless_sent() -> None:
        # A click that starts a navigation returns once the navigation has committed.
        if not sent:
            act()

    def left(timeout: float) -> None:
        if sent:
            return
        try:
            page.wait_for_event("request", leaving, timeout=timeout)
        except PlaywrightTimeoutError:
            if sent or (unless_shown is not None and unless_shown.is_visible()):
                return
            raise

    page.on("request", record)
    try:
        act_until(act_unless_sent, left)
    finally:
        page.remove_listener("request", record)


def click_to_leave(target: Locator, unless_shown: Locator | None = None) -> None:
    leave_by(target.page, target.click, unless_shown)
