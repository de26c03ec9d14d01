"""Scenario counts come from the Allure results, one per scenario, its last attempt deciding."""

from __future__ import annotations

import json
from pathlib import Path

from harness.benchmark.counts import count_scenarios, count_statuses


def result(history_id: str, status: str, stop: int = 1) -> dict:
    return {"uuid": f"{history_id}-{stop}", "historyId": history_id, "status": status, "stop": stop}


def test_each_status_is_counted_and_absent_ones_are_zero() -> None:
    statuses = {"a": "passed", "b": "passed", "c": "failed", "d": "skipped"}
    counts = count_statuses(result(history_id, status) for history_id, status in statuses.items())
    assert counts == {"passed": 2, "failed": 1, "broken": 0, "skipped": 1, "unknown": 0}


def test_a_rerun_scenario_counts_once_by_its_last_attempt() -> None:
    attempts = [result("a", "passed", stop=30), result("a", "broken", stop=10), result("a", "failed", stop=20)]
    assert count_statuses(attempts)["passed"] == 1
    assert sum(count_statuses(attempts).values()) == 1


def test_scenarios_without_a_history_id_are_told_apart_by_their_uuid() -> None:
    counts = count_statuses([{"uuid": "1", "status": "broken"}, {"uuid": "2", "status": "broken"}])
    assert counts["broken"] == 2


def test_only_result_files_of_the_directory_are_read(tmp_path: Path) -> None:
    (tmp_path / "1-result.json").write_text(json.dumps(result("a", "passed")), encoding="utf-8")
    (tmp_path / "2-result.json").write_text(json.dumps(result("b", "failed")), encoding="utf-8")
    (tmp_path / "3-container.json").write_text(json.dumps({"uuid": "3", "children": ["1"]}), encoding="utf-8")
    (tmp_path / "categories.json").write_text("[]", encoding="utf-8")
    assert count_scenarios(tmp_path) == {"passed": 1, "failed": 1, "broken": 0, "skipped": 0, "unknown": 0}
