"""The record printed to PDF by the same Chromium the scenarios run in, with the fonts the record carries.

Printed in a thread of its own: Playwright's sync API refuses to start where an event loop already runs (a
pytest session whose browser fixtures are up, a caller's own loop)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import sync_playwright

from harness.browser import chromium_executable, launch_args

RECORD_PDF = "bien-ban.pdf"


def print_pdf(html: Path, configured_browser: str = "") -> Path:
    with ThreadPoolExecutor(max_workers=1) as printer:
        return printer.submit(_print, html, configured_browser).result()


def _print(html: Path, configured_browser: str) -> Path:
    target = html.with_name(RECORD_PDF)
    with sync_playwright() as playwright:
        executable = chromium_executable(configured_browser, playwright.chromium.executable_path, headless=True)
        browser = playwright.chromium.launch(executable_path=executable, args=launch_args(executable), headless=True)
        try:
            page = browser.new_page()
            page.goto(html.resolve().as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready")
            page.pdf(path=str(target), format="A4", print_background=True, prefer_css_page_size=True)
        finally:
            browser.close()
    return target
