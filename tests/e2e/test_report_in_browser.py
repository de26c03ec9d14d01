"""The built report in a real browser: it fetches nothing outside the file and shows its tree, at the size of 200
scenarios with the evidence a run attaches today. How fast it opens is measured, not asserted here (a timed test
fails on a busy machine): docs/PERFORMANCE.md, "Report weight".

Every request the page makes is recorded (`page.on("request")`, which sees fetches the page's
Content-Security-Policy then blocks too): the analytics tag Allure 3 always injects would be one to Google.
"""

from __future__ import annotations

import json
import random
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from harness.browser import chromium_executable, launch_args
from harness.reports import build
from tests.harness.reports.allure_results import EPIC, describe_run, needs_allure, write_result

SCENARIOS = 200
# Per scenario, as in the 94-scenario run of 2026-12-03: 289 JPEG screenshots of 77 KB for 94 scenarios.
SCREENSHOTS_PER_SCENARIO, SCREENSHOT_BYTES = 3, 77_000
SHOWS_TREE_MS = 30_000
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
START_MS = 1_796_299_588_754


def _attach_screenshots(results: Path, result: dict, noise: random.Random) -> None:
    attachments = []
    for number in range(SCREENSHOTS_PER_SCENARIO):
        source = f"{result['uuid']}-{number}-attachment.jpg"
        (results / source).write_bytes(noise.randbytes(SCREENSHOT_BYTES))  # as incompressible as a JPEG
        attachments.append({"name": f"Màn hình sau bước {number + 1}", "source": source, "type": "image/jpeg"})
    result["steps"][0]["attachments"] = attachments
    (results / f"{result['uuid']}-result.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("report-200")
    results, noise = workdir / "allure-results", random.Random(9)
    for number in range(SCENARIOS):
        status = "failed" if number % 25 == 0 else "passed"
        result = write_result(results, f"Kịch bản số {number:03d}", f"kich-ban-{number:03d}", status,
                              START_MS + number * 1_000, tags=("tim_kiem",))
        _attach_screenshots(results, result, noise)
    describe_run(results, "sandbox", START_MS)
    assert build.main(["--results", str(results), "--output", str(workdir / "report")]) == 0
    return workdir / "report" / "index.html"


def requests_while_opening(report: Path) -> tuple[list[str], float]:
    """Every URL the page asked for until its tree showed, and how long that took."""
    with sync_playwright() as playwright:
        executable = chromium_executable("", playwright.chromium.executable_path)
        browser = playwright.chromium.launch(executable_path=executable, args=launch_args(executable))
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            started = time.monotonic()
            page.goto(report.as_uri())
            # The tree's first level: the flow (Allure epic) of every scenario.
            page.get_by_text(EPIC, exact=True).wait_for(timeout=SHOWS_TREE_MS)
            return requests, time.monotonic() - started
        finally:
            browser.close()


@needs_allure
def test_the_report_requests_nothing_outside_the_file_and_shows_its_tree(big_report: Path) -> None:
    # In a thread of its own: Playwright's sync API refuses to start where this session's event loop runs.
    with ThreadPoolExecutor(max_workers=1) as browser_thread:
        requests, seconds = browser_thread.submit(requests_while_opening, big_report).result()
    print(f"{big_report.stat().st_size / 1e6:.0f} MB: cây hiện sau {seconds:.1f} s")
    assert requests and all(url.startswith(LOCAL_SCHEMES) for url in requests), [
        url[:120] for url in requests if not url.startswith(LOCAL_SCHEMES)
    ]
