"""The quality gate: a smoke scenario that failed or broke outside the known issues fails the report command."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.defects.scenario_tags import stable_case_id
from harness.reports import build
from harness.reports.quality_gate import failing_smoke_scenarios, gate_message
from tests.harness.reports.allure_results import describe_run, needs_allure, write_result

START_MS = 1_796_299_588_754


def test_failed_and_broken_smoke_scenarios_fail_the_gate(tmp_path: Path) -> None:
    write_result(tmp_path, "Tìm theo mã", "tim-theo-ma", "failed", START_MS)
    write_result(tmp_path, "Nộp hồ sơ", "nop-ho-so", "broken", START_MS)
    write_result(tmp_path, "Tìm không dấu", "tim-khong-dau", "passed", START_MS)
    assert failing_smoke_scenarios(tmp_path, set()) == ["Nộp hồ sơ", "Tìm theo mã"]


def test_other_failures_known_issues_and_passed_reruns_do_not(tmp_path: Path) -> None:
    write_result(tmp_path, "Không phải smoke", "khong-smoke", "failed", START_MS, tags=("tim_kiem",))
    write_result(tmp_path, "Lỗi đã biết", "loi-da-biet", "failed", START_MS)
    write_result(tmp_path, "Chạy lại thì đạt", "chay-lai", "failed", START_MS)
    write_result(tmp_path, "Chạy lại thì đạt", "chay-lai", "passed", START_MS + 5_000)
    write_result(tmp_path, "Bỏ qua", "bo-qua", "skipped", START_MS)
    assert failing_smoke_scenarios(tmp_path, {stable_case_id("loi-da-biet")}) == []


def test_the_message_is_one_vietnamese_sentence_naming_the_scenarios() -> None:
    message = gate_message(["Nộp hồ sơ", "Tìm theo mã"])
    assert message.startswith("Cổng chất lượng không đạt: 2 kịch bản smoke") and message.endswith("”.")
    assert "“Nộp hồ sơ”, “Tìm theo mã”" in message and "\n" not in message


@needs_allure
def test_the_command_still_builds_the_report_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "results"
    write_result(results, "Tìm theo mã", "tim-theo-ma", "failed", START_MS)
    write_result(results, "Không phải smoke", "khong-smoke", "failed", START_MS, tags=("tim_kiem",))
    describe_run(results, "sandbox", START_MS)
    assert build.main(["--results", str(results), "--output", str(tmp_path / "report")]) == 1
    out = capsys.readouterr()
    assert Path(out.out.strip()).is_file()
    assert out.err.strip().splitlines() == [gate_message(["Tìm theo mã"])]


@needs_allure
def test_non_smoke_failures_alone_pass_the_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = tmp_path / "results"
    write_result(results, "Không phải smoke", "khong-smoke", "failed", START_MS, tags=("tim_kiem",))
    assert build.main(["--results", str(results), "--output", str(tmp_path / "report")]) == 0
    assert capsys.readouterr().err == ""
