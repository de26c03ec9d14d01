"""A browser of an audit worker's own. The audit's rows run in threads (harness/audits/runner.py) and Playwright's
sync API belongs to the thread that starts it, so each worker starts Playwright and its browser in its thread,
launched (or connected to the shared server) exactly as the run's own browser is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, sync_playwright


@contextmanager
def worker_browser(launch_args: dict, connect: dict | None) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        if connect:
            options = dict(connect)
            browser = playwright.chromium.connect(options.pop("endpoint"), **options)
        else:
            browser = playwright.chromium.launch(**launch_args)
        try:
            yield browser
        finally:
            browser.close()
