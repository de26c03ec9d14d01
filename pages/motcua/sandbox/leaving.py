"""Leaving a one-stop page by a link or a form's button, repeated (pages.widgets.retry) until the browser goes
to the server. Every navigation request of the page is recorded from the first press on, so a press whose
request came a little after one poll interval is not pressed again: a form is never sent twice."""

from playwright.sync_api import Locator, Request

from pages.widgets import retry


def click_to_leave(target: Locator) -> None:
    page = target.page
    sent: list[Request] = []

    def to_the_server(request: Request) -> bool:
        return request.is_navigation_request() and request.frame == page.main_frame

    def record(request: Request) -> None:
        if to_the_server(request):
            sent.append(request)

    def press() -> None:
        # A click waits for the navigation it starts to commit, so the next page is there when it returns.
        if not sent:
            target.click()

    def gone(timeout_ms: float) -> None:
        if not sent:
            page.wait_for_event("request", to_the_server, timeout=timeout_ms)

    page.on("request", record)
    try:
        retry.act_until(press, gone)
    finally:
        page.remove_listener("request", record)
