"""The smoke scenarios pass when every answer of the portal takes 2–4 s and its pages wire their handlers 1.5 s
after they show (a hydrating React page), with staging's deadlines: neither must ever fail a scenario."""

import re
import tomllib
from pathlib import Path

import pytest

from harness.config import ENVS_DIR
from tests.e2e.conftest import HarnessRun, run_harness

LATENCY = "2000-4000"
LATE_WIRING = "1500"
SLOWEST_ANSWER_S = 2


def slow_sandbox_environment(folder: Path) -> Path:
    """envs/sandbox.toml with staging's deadlines and a sandbox that delays every response by 2–4 s and wires its
    pages' handlers late."""
    staging = tomllib.loads((ENVS_DIR / "staging.toml").read_text(encoding="utf-8"))["deadlines"]
    text = (ENVS_DIR / "sandbox.toml").read_text(encoding="utf-8")
    deadlines = "[deadlines]\n" + "".join(f"{key} = {value}\n" for key, value in staging.items())
    text = re.sub(r"\[deadlines\][^\[]*", deadlines + "\n", text, count=1)
    text += f'\n[launch]\nsandbox_args = ["--latency-ms", "{LATENCY}", "--late-wiring-ms", "{LATE_WIRING}"]\n'
    path = folder / "sandbox_cham.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def slow_smoke_run(tmp_path_factory: pytest.TempPathFactory) -> HarnessRun:
    workdir = tmp_path_factory.mktemp("slow-smoke")
    return run_harness(workdir, "steps", "-m", "smoke", "-n", "2", f"--env={slow_sandbox_environment(workdir)}")


def test_every_smoke_scenario_passes_with_two_to_four_seconds_per_answer(slow_smoke_run: HarnessRun) -> None:
    results = slow_smoke_run.result_files()
    assert slow_smoke_run.returncode == 0, slow_smoke_run.output[-4000:]
    assert results and {result["status"] for result in results} == {"passed"}, slow_smoke_run.output[-4000:]


def test_the_latency_was_really_there(slow_smoke_run: HarnessRun) -> None:
    """Every scenario opens at least one page, so none can be quicker than one delayed answer."""
    durations = [(result["stop"] - result["start"]) / 1000 for result in slow_smoke_run.result_files()]
    assert durations and min(durations) >= SLOWEST_ANSWER_S, durations
