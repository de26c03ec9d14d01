"""The portal's console errors, failed requests and server errors, kept per browser context.

fixtures/browser.py calls `watch_page` for every page a stage opens (`context.on("page", watch_page)`);
the problems are attached to the report only when the scenario fails (see tracing.finish_stage_tracing).
"""

from __future__ import annotations

from datetime import datetime
from weakref import WeakKeyDictionary

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response

from harness.evidence.run_info import VIETNAM_TIME

_problems: WeakKeyDictionary[BrowserContext, list[str]] = WeakKeyDictionary()


def _now() -> str:
    return datetime.now(VIETNAM_TIME).strftime("%H:%M:%S")


def watch_page(page: Page) -> None:
    problems = _problems.setdefault(page.context, [])

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            location = message.location
            problems.append(f"{_now()} console: {message.text} ({location.get('url')}:{location.get('lineNumber')})")

    def on_request_failed(request: Request) -> None:
        problems.append(f"{_now()} request failed: {request.method} {request.url}: {request.failure}")

    def on_response(response: Response) -> None:
        if response.status >= 500:
            problems.append(f"{_now()} HTTP {response.status}: {response.request.method} {response.url}")

    page.on("console", on_console)
    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)


def take_problems(context: BrowserContext) -> list[str]:
    """The problems recorded in the context's pages, forgotten once taken."""
    return _problems.pop(context, [])
