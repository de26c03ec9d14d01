"""History kept between builds: each build appends a line, and the next report marks what changed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from harness.defects.scenario_tags import stable_case_id
from harness.reports import build
from tests.allure_single_file import embedded_texts
from tests.harness.reports.allure_results import describe_run, needs_allure, write_result

DAY_MS = 86_400_000
FIRST_RUN_MS = 1_796_299_588_754
SCENARIO, OTHER = "Tìm thủ tục đăng ký khai sinh theo từ khoá", "Tìm thủ tục theo mã"


def _run(folder: Path, status: str, start_ms: int) -> Path:
    write_result(folder, SCENARIO, "tim-khai-sinh-tu-khoa", status, start_ms)
    write_result(folder, OTHER, "tim-theo-ma", "passed", start_ms, tags=("tim_kiem",))
    describe_run(folder, "staging", start_ms)
    return folder


def _test_result(html: str, name: str) -> dict:
    texts = embedded_texts(html)
    (found,) = [json.loads(text) for path, text in texts.items()
                if path.startswith("data/test-results/") and json.loads(text)["name"] == name]
    return found


@needs_allure
def test_a_scenario_that_failed_then_passed_is_marked_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "report"
    first = _run(tmp_path / "run-1", "failed", FIRST_RUN_MS)
    second = _run(tmp_path / "run-2", "passed", FIRST_RUN_MS + DAY_MS)

    assert build.main(["--results", str(first), "--output", str(output)]) == 1  # a smoke scenario failed
    assert build.main(["--results", str(second), "--output", str(output)]) == 0
    capsys.readouterr()

    history = [json.loads(line) for line in (tmp_path / "history" / "history.jsonl").read_text().splitlines()]
    assert len(history) == 2
    statuses = [{item["name"]: item["status"] for item in point["testResults"].values()} for point in history]
    assert statuses == [{SCENARIO: "failed", OTHER: "passed"}, {SCENARIO: "passed", OTHER: "passed"}]
    assert {item["environment"] for point in history for item in point["testResults"].values()} == {"staging"}

    fixed = _test_result((output / "index.html").read_text(encoding="utf-8"), SCENARIO)
    assert fixed["transition"] == "fixed"
    assert [earlier["status"] for earlier in fixed["history"]] == ["failed"]
    assert fixed["environment"] == "staging"
    # Allure 3 keys the history by the result's testCaseId (from the scenario's @id tag), not by name or path.
    assert fixed["testCase"]["externalId"] == stable_case_id("tim-khai-sinh-tu-khoa")


@needs_allure
def test_the_report_groups_its_results_under_the_runs_environment(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    results = _run(tmp_path / "run", "passed", FIRST_RUN_MS)
    assert build.main(["--results", str(results), "--output", str(tmp_path / "report")]) == 0
    texts = embedded_texts(Path(capsys.readouterr().out.strip()).read_text(encoding="utf-8"))
    assert {"id": "staging", "name": "staging"} in json.loads(texts["widgets/environments.json"])
    assert "widgets/staging/tree.json" in texts
    if importlib.util.find_spec("harness.coverage.table") is not None:  # the coverage table, when it exists
        assert "do-phu-staging.html" in texts["widgets/globals.json"]
