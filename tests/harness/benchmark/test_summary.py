"""What a benchmark writes to reports/benchmark.json and prints."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from harness.benchmark.budgets import REPORT, SMOKE, SUITE, verdicts
from harness.benchmark.summary import Benchmark, Part, PytestRun
from harness.evidence.run_info import VIETNAM_TIME

MACHINE = {"cpu_count": 2, "load_average_before": [5.33, 5.85, 3.2], "python": "3.11.7", "git_commit": "f50317b"}
SMOKE_COUNTS = {"passed": 7, "failed": 1, "broken": 0, "skipped": 0, "unknown": 0}
SUITE_COUNTS = {"passed": 58, "failed": 0, "broken": 0, "skipped": 2, "unknown": 0}


def benchmark(suite_seconds: float) -> Benchmark:
    durations = {SMOKE: 30.04, SUITE: suite_seconds, REPORT: 4.26}
    return Benchmark(
        started_at=datetime(2026, 12, 1, 14, 0, 5, tzinfo=VIETNAM_TIME),
        machine=MACHINE,
        runs={
            SMOKE: PytestRun(["-n", "2", "-m", "smoke"], 1, SMOKE_COUNTS),
            SUITE: PytestRun(["-n", "2"], 0, SUITE_COUNTS),
        },
        parts={SMOKE: Part(30.04, 20.0), SUITE: Part(suite_seconds, 120.04), REPORT: Part(4.26, 3.1)},
        verdicts=verdicts(durations),
    )


def test_the_record_holds_time_machine_runs_durations_counts_and_budgets(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "benchmark.json"
    benchmark(134.44).write(path)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["timestamp"] == "2026-12-01T14:00:05+07:00"
    assert record["machine"] == MACHINE and record["reference_cpu_count"] == 2
    assert record["pytest_args"] == {SMOKE: ["-n", "2", "-m", "smoke"], SUITE: ["-n", "2"]}
    assert record["pytest_exit_codes"] == {SMOKE: 1, SUITE: 0}
    assert record["durations_seconds"] == {SMOKE: 30.0, SUITE: 134.4, REPORT: 4.3}
    assert record["cpu_seconds"] == {SMOKE: 20.0, SUITE: 120.0, REPORT: 3.1}
    assert record["scenarios"] == {SMOKE: SMOKE_COUNTS, SUITE: SUITE_COUNTS}
    assert record["budgets_seconds"] == {SMOKE: 45, SUITE: 180, REPORT: 5}
    assert record["within_budget"] == {SMOKE: True, SUITE: True, REPORT: True}


def test_the_table_shows_each_part_against_its_budget_the_counts_of_each_run_and_the_load() -> None:
    lines = benchmark(200.0).table().splitlines()
    assert all(column in lines[0] for column in ("phần", "thời gian", "CPU", "ngân sách", "kết quả"))
    assert lines[1].startswith("kịch bản smoke (pytest -m smoke)") and lines[1].endswith("đạt") and "45 s" in lines[1]
    assert lines[2].startswith("bộ kịch bản (pytest)") and lines[2].endswith("VƯỢT") and "180 s" in lines[2]
    assert lines[3].startswith("dựng báo cáo Allure") and lines[3].endswith("đạt") and "4.3 s" in lines[3]
    assert lines[4] == "kết quả kịch bản smoke (pytest -m smoke): 7 đạt, 1 lỗi, 0 hỏng, 0 bỏ qua, 0 không rõ"
    assert lines[5] == "kết quả bộ kịch bản (pytest): 58 đạt, 0 lỗi, 0 hỏng, 2 bỏ qua, 0 không rõ"
    assert lines[6] == "máy: 2 nhân (ngân sách đặt cho máy 2 nhân), tải trước khi chạy 5.33 / 5.85 / 3.20"
