"""The benchmark's exit: 0 within budget, 1 with one sentence when over it, 2 when nothing could be measured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.benchmark import __main__ as benchmark
from harness.benchmark.summary import Part

COUNTS = {"passed": 3, "failed": 0, "broken": 0, "skipped": 0, "unknown": 0}


@pytest.fixture
def record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(benchmark, "OUTPUT", tmp_path / "benchmark")
    monkeypatch.setattr(benchmark, "RECORD", tmp_path / "benchmark.json")
    monkeypatch.setattr(benchmark, "count_scenarios", lambda results: COUNTS)
    return tmp_path / "benchmark.json"


def fake_runs(monkeypatch: pytest.MonkeyPatch, *runs: tuple[int, float]) -> list[list[str]]:
    """Each command run gets the next (exit code, seconds); returns the commands."""
    commands: list[list[str]] = []

    def timed(command: list[str]) -> tuple[int, Part]:
        code, seconds = runs[len(commands)]
        commands.append(command)
        return code, Part(seconds, seconds / 2)

    monkeypatch.setattr(benchmark, "timed", timed)
    return commands


def test_within_budget_it_writes_the_record_and_exits_0(record: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    commands = fake_runs(monkeypatch, (0, 300.0), (0, 5.0))
    assert benchmark.main(["-m", "tim_kiem"]) == 0
    assert commands[0][-5:] == ["--clean-alluredir", "-n", "2", "-m", "tim_kiem"]
    assert commands[1][1:3] == ["-m", "harness.reports.build"]
    assert json.loads(record.read_text(encoding="utf-8"))["within_budget"] == {"suite": True, "report": True}
    assert capsys.readouterr().err == ""


def test_over_budget_it_says_which_in_one_sentence_and_exits_1(record: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    fake_runs(monkeypatch, (1, 601.0), (0, 5.0))
    assert benchmark.main([]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("Vượt ngân sách thời gian: bộ kịch bản (pytest)") and len(error.splitlines()) == 1
    assert json.loads(record.read_text(encoding="utf-8"))["pytest_exit_code"] == 1


@pytest.mark.parametrize(("runs", "cause"), [(((4, 1.0),), "pytest dừng với mã 4"),
                                             (((0, 300.0), (2, 1.0)), "dựng báo cáo thất bại với mã 2")])
def test_a_run_that_cannot_be_measured_exits_2_without_a_record(
    record: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], runs: tuple, cause: str
) -> None:
    fake_runs(monkeypatch, *runs)
    assert benchmark.main([]) == 2
    assert cause in capsys.readouterr().err
    assert not record.exists()
