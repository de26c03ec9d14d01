"""Scenarios run on a shared browser server (`playwright run-server`, as a unit with small machines would use one
on a bigger machine) when the environment names it, and an unreachable server is one sentence before any
scenario. The server here is local and runs this machine's Chromium (`--unsafe` lets the harness name it)."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fixtures.env import SET_UP_PROBLEM
from harness.browser import chromium_executable
from tests.e2e.conftest import run_harness

SELECTION = "smoke and (tim_kiem or tiep_nhan)"
STARTUP_S = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def browser_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A `playwright run-server` on a free local port, logging each client it serves; its address and log."""
    log = tmp_path_factory.mktemp("browser-server") / "server.log"
    port = free_port()
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "playwright", "run-server", "--host", "127.0.0.1",
                                   "--port", str(port), "--unsafe"], stdout=out, stderr=subprocess.STDOUT,
                                  env={**os.environ, "DEBUG": "pw:server"})
    address = f"ws://127.0.0.1:{port}/"
    deadline = time.monotonic() + STARTUP_S
    while f"Listening on {address}" not in log.read_text() and server.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert server.poll() is None and f"Listening on {address}" in log.read_text(), log.read_text()
    yield address, log
    server.terminate()
    server.wait(timeout=10)


def test_scenarios_pass_on_the_shared_browser_server(browser_server, tmp_path: Path) -> None:
    address, log = browser_server
    executable = chromium_executable("", "", headless=True) or ""
    run = run_harness(tmp_path, "steps", "-m", SELECTION, "-n", "2",
                      environ={"DVCQG_BROWSER_SERVER": address, "DVCQG_BROWSER": executable})
    results = run.result_files()
    assert run.returncode == 0, run.output[-4000:]
    assert len(results) == 2 and {result["status"] for result in results} == {"passed"}, run.output[-4000:]
    served = log.read_text().count('engaged launch mode for "chromium"')
    assert served >= 1, f"máy chủ trình duyệt không phục vụ lần chạy nào:\n{log.read_text()}"


def test_an_unreachable_server_is_one_sentence_before_any_scenario(tmp_path: Path) -> None:
    address = f"ws://127.0.0.1:{free_port()}/"
    run = run_harness(tmp_path, "steps", "-m", SELECTION, environ={"DVCQG_BROWSER_SERVER": address})
    assert run.returncode == SET_UP_PROBLEM, run.output[-2000:]
    assert f"Không kết nối được máy chủ trình duyệt {address}" in run.output
    assert not run.result_files() or {r["status"] for r in run.result_files()} <= {"skipped"}, run.output[-2000:]


def test_an_address_that_is_not_a_websocket_is_refused_at_start(tmp_path: Path) -> None:
    run = run_harness(tmp_path, "steps", "--collect-only", "-q", environ={"DVCQG_BROWSER_SERVER": "http://x:3000"})
    assert run.returncode == SET_UP_PROBLEM and "phải có dạng ws://máy:cổng/" in run.output, run.output[-2000:]
