"""What the contract tests share: the real capture served on loopback, sandboxes started as the harness starts
them (one of them wiring its handlers late), and one Chromium per module, the one the harness would use.

Nothing leaves the machine: the capture's server answers one path and 404 otherwise, and every browser context
refuses any request that is not to 127.0.0.1.
"""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route

from harness.browser import chromium_executable, launch_args
from harness.sandbox_process import SandboxProcess

CAPTURES = Path(__file__).parent / "captures"
THUONG_TRU_ID = "019d2bf7-7704-7449-9e95-fe7ebb959aa2"
DETAIL_PATH = f"/thu-tuc-hanh-chinh/{THUONG_TRU_ID}"
LATE_WIRING_MS = 1500
VIEWPORT = {"width": 1440, "height": 900}


class _CaptureHandler(BaseHTTPRequestHandler):
    page = (CAPTURES / "detail-thuong-tru.html").read_bytes()

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if urlparse(self.path).path != DETAIL_PATH:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def capture_origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CaptureHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _sandbox(tmp_path_factory: pytest.TempPathFactory, args: list[str]) -> Iterator[str]:
    sandbox = SandboxProcess(tmp_path_factory.mktemp("sandbox"), args)
    try:
        yield sandbox.start()
    finally:
        sandbox.stop()


@pytest.fixture(scope="session")
def sandbox_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _sandbox(tmp_path_factory, [])


@pytest.fixture(scope="session")
def late_wired_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A sandbox whose portal pages attach their handlers 1.5 s after they are shown."""
    yield from _sandbox(tmp_path_factory, ["--late-wiring-ms", str(LATE_WIRING_MS)])


@pytest.fixture(scope="module")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    executable = chromium_executable("", playwright.chromium.executable_path)
    browser = playwright.chromium.launch(executable_path=executable, args=launch_args(executable))
    yield browser
    browser.close()


def _loopback_only(route: Route) -> None:
    if urlparse(route.request.url).hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


def open_context(browser: Browser, javascript: bool = True) -> BrowserContext:
    context = browser.new_context(java_script_enabled=javascript, viewport=VIEWPORT, locale="vi-VN")
    context.route("**/*", _loopback_only)
    return context


@pytest.fixture
def new_page(chromium: Browser) -> Iterator:
    """`new_page(javascript=True)`: a page in a fresh loopback-only context, closed after the test."""
    contexts: list[BrowserContext] = []

    def make(javascript: bool = True) -> Page:
        contexts.append(open_context(chromium, javascript))
        return contexts[-1].new_page()

    yield make
    for context in contexts:
        context.close()
