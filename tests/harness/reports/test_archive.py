"""The run archive: each build keeps the run's results and run.json, and read_runs gives them back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from harness.evidence.run_info import VIETNAM_TIME, read_environment
from harness.reports.archive import RESULTS_FOLDER, archive_run, read_runs
from tests.harness.reports.allure_results import describe_run, write_result

START_MS = 1_796_299_588_754  # 2026-12-03 19:06:28 in Vietnam


def _results(folder: Path, env: str = "staging") -> Path:
    write_result(folder, "Tìm theo mã", "tim-theo-ma", "passed", START_MS)
    write_result(folder, "Tìm không dấu", "tim-khong-dau", "failed", START_MS + 2_000)
    describe_run(folder, env, START_MS)
    return folder


def test_a_run_is_archived_with_its_results_and_description(tmp_path: Path) -> None:
    results = _results(tmp_path / "results")
    report = tmp_path / "report" / "index.html"
    folder = archive_run(results, report, tmp_path / "runs", environ={"DVCQG_TESTER": "Nguyễn Văn A"})

    assert folder == tmp_path / "runs" / "20261203-190628-staging"
    assert sorted(p.name for p in (folder / RESULTS_FOLDER).iterdir()) == sorted(p.name for p in results.iterdir())
    (run,) = read_runs(tmp_path / "runs")
    assert run.env == "staging" and run.who == "Nguyễn Văn A" and run.report == str(report)
    assert run.started == datetime(2026, 12, 3, 19, 6, 28, tzinfo=VIETNAM_TIME)
    assert run.finished == datetime(2026, 12, 3, 19, 6, 31, tzinfo=VIETNAM_TIME)
    assert run.urls == {"portal": "https://staging.example.vn/"}
    assert run.results_dir == folder / RESULTS_FOLDER
    assert run.commit == "" or run.commit.isalnum()  # the short HEAD, or nothing outside a repository


def test_every_run_is_kept_even_two_of_the_same_second(tmp_path: Path) -> None:
    results = _results(tmp_path / "results")
    first = archive_run(results, tmp_path / "index.html", tmp_path / "runs", environ={"USER": "qa"})
    second = archive_run(results, tmp_path / "index.html", tmp_path / "runs", environ={"USER": "qa"})
    assert first != second and [run.results_dir.parent for run in read_runs(tmp_path / "runs")] == [first, second]


def test_runs_are_read_oldest_first_and_unreadable_folders_skipped(tmp_path: Path) -> None:
    archive_run(_results(tmp_path / "a", "sandbox"), tmp_path / "index.html", tmp_path / "runs", environ={})
    (tmp_path / "runs" / "20200101-000000-hong").mkdir()
    (tmp_path / "runs" / "20200101-000000-hong" / "run.json").write_text("{", encoding="utf-8")
    assert [run.env for run in read_runs(tmp_path / "runs")] == ["sandbox"]
    assert read_runs(tmp_path / "nowhere") == []


def test_environment_properties_are_read_back_as_written(tmp_path: Path) -> None:
    describe_run(tmp_path, "staging", START_MS)
    entries = read_environment(tmp_path)
    assert entries["Môi trường"] == "staging" and entries["URL portal"] == "https://staging.example.vn/"
    assert entries["Bắt đầu (giờ Việt Nam)"] == "2026-12-03 19:06:28 +0700"
