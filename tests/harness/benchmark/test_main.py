"""The benchmark's exit: 0 within budget, 1 with one sentence when over it, 2 when nothing could be measured."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from harness.benchmark import __main__ as benchmark
from harness.benchmark.summary import Part

SMOKE_COUNTS = {"passed": 8, "failed": 0, "broken": 0, "skipped": 0, "unknown": 0}
SUITE_COUNTS = {"passed": 70, "failed": 0, "broken": 0, "skipped": 0, "unknown": 0}


@pytest.fixture
def output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The benchmark's folder; each results folder reads as its own counts."""
    monkeypatch.setattr(benchmark, "OUTPUT", tmp_path / "benchmark")
    monkeypatch.setattr(benchmark, "RECORD", tmp_path / "benchmark.json")
    counts = {tmp_path / "benchmark" / "smoke" / "allure-results": SMOKE_COUNTS,
              tmp_path / "benchmark" / "allure-results": SUITE_COUNTS}
    monkeypatch.setattr(benchmark, "count_scenarios", lambda results: counts[results])
    return tmp_path / "benchmark"


def fake_runs(monkeypatch: pytest.MonkeyPatch, *runs: tuple[int, float]) -> list[list[str]]:
    """Each command run gets the next (exit code, seconds); returns the commands."""
    commands: list[list[str]] = []

    def timed(command: list[str]) -> tuple[int, Part]:
        code, seconds = runs[len(commands)]
        commands.append(command)
        return code, Part(seconds, seconds / 2)

    monkeypatch.setattr(benchmark, "timed", timed)
    return commands


def record(output: Path) -> dict:
    return json.loads((output.parent / "benchmark.json").read_text(encoding="utf-8"))


def test_it_runs_smoke_then_the_suite_each_into_its_own_folder_then_builds_the_suite_s_report(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = fake_runs(monkeypatch, (0, 30.0), (0, 130.0), (0, 3.0))
    benchmark.main(["-n", "4"])
    pytest_command = [sys.executable, "-m", "pytest", "-n", "2", "-n", "4"]
    assert commands == [
        [*pytest_command, "-m", "smoke", f"--alluredir={output / 'smoke' / 'allure-results'}", "--clean-alluredir"],
        [*pytest_command, f"--alluredir={output / 'allure-results'}", "--clean-alluredir"],
        [sys.executable, "-m", "harness.reports.build",
         "--results", str(output / "allure-results"), "--output", str(output / "allure-report")],
    ]


def test_smoke_runs_the_whole_smoke_selection_whatever_the_suite_is_marked_and_its_own_results_come_last(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = fake_runs(monkeypatch, (0, 30.0), (0, 130.0), (0, 3.0))
    benchmark.main(["-m", "tim_kiem", "--alluredir=reports/allure-results"])
    smoke, suite = commands[0], commands[1]
    # pytest keeps the last -m and the last --alluredir it is given.
    assert smoke[-7:] == ["-m", "tim_kiem", "--alluredir=reports/allure-results", "-m", "smoke",
                          f"--alluredir={output / 'smoke' / 'allure-results'}", "--clean-alluredir"]
    assert suite[-5:] == ["-m", "tim_kiem", "--alluredir=reports/allure-results",
                          f"--alluredir={output / 'allure-results'}", "--clean-alluredir"]
    assert "smoke" not in suite


def test_within_budget_it_records_the_three_parts_and_exits_0(output: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    fake_runs(monkeypatch, (0, 45.0), (0, 180.0), (0, 5.0))
    assert benchmark.main(["-m", "tim_kiem"]) == 0
    written = record(output)
    assert written["pytest_args"] == {"smoke": ["-n", "2", "-m", "tim_kiem", "-m", "smoke"],
                                      "suite": ["-n", "2", "-m", "tim_kiem"]}
    assert written["pytest_exit_codes"] == {"smoke": 0, "suite": 0}
    assert written["durations_seconds"] == {"smoke": 45.0, "suite": 180.0, "report": 5.0}
    assert written["scenarios"] == {"smoke": SMOKE_COUNTS, "suite": SUITE_COUNTS}
    assert written["within_budget"] == {"smoke": True, "suite": True, "report": True}
    assert capsys.readouterr().err == ""


def test_over_budget_one_sentence_names_every_part_over_it_and_it_exits_1(
    output: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_runs(monkeypatch, (0, 46.0), (0, 181.0), (0, 5.1))
    assert benchmark.main([]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (
        "Vượt ngân sách thời gian: kịch bản smoke (pytest -m smoke) mất 46.0 s, quá ngân sách 45 s; "
        "bộ kịch bản (pytest) mất 181.0 s, quá ngân sách 180 s; dựng báo cáo Allure mất 5.1 s, quá ngân sách 5 s."
    )
    assert record(output)["within_budget"] == {"smoke": False, "suite": False, "report": False}


def test_only_the_part_over_budget_is_named(output: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    fake_runs(monkeypatch, (0, 30.0), (0, 150.0), (0, 6.0))
    assert benchmark.main([]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("Vượt ngân sách thời gian: dựng báo cáo Allure") and len(error.splitlines()) == 1
    assert "smoke" not in error and "bộ kịch bản" not in error


def test_failing_scenarios_are_flagged_but_leave_the_exit_to_the_budgets(
    output: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_runs(monkeypatch, (1, 30.0), (0, 150.0), (0, 3.0))
    assert benchmark.main([]) == 0
    assert "Lưu ý: có kịch bản không đạt (kịch bản smoke (pytest -m smoke))" in capsys.readouterr().out
    assert record(output)["pytest_exit_codes"] == {"smoke": 1, "suite": 0}


def test_a_report_built_with_a_failed_quality_gate_is_still_measured(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_runs(monkeypatch, (1, 30.0), (1, 150.0), (1, 3.0))
    assert benchmark.main([]) == 0
    assert record(output)["within_budget"]["report"] is True


@pytest.mark.parametrize(
    ("runs", "cause"),
    [
        (((4, 1.0),), "pytest dừng với mã 4 ở phần kịch bản smoke (pytest -m smoke)"),
        (((0, 30.0), (2, 1.0)), "pytest dừng với mã 2 ở phần bộ kịch bản (pytest)"),
        (((1, 30.0), (1, 150.0), (2, 1.0)), "dựng báo cáo thất bại với mã 2"),
    ],
)
def test_a_run_that_cannot_be_measured_stops_there_and_exits_2_without_a_record(
    output: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], runs: tuple, cause: str
) -> None:
    commands = fake_runs(monkeypatch, *runs)
    assert benchmark.main([]) == 2
    assert len(commands) == len(runs)
    error = capsys.readouterr().err.strip()
    assert error.startswith("Không đo được: ") and cause in error
    assert not (output.parent / "benchmark.json").exists()
