"""What a benchmark writes to reports/benchmark.json and prints."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from harness.benchmark.budgets import REPORT, SUITE, verdicts
from harness.benchmark.summary import Benchmark, Part
from harness.evidence.run_info import VIETNAM_TIME

MACHINE = {"cpu_count": 2, "python": "3.11.7", "git_commit": "f50317b"}


def benchmark(suite_seconds: float) -> Benchmark:
    return Benchmark(
        started_at=datetime(2026, 12, 1, 14, 0, 5, tzinfo=VIETNAM_TIME),
        machine=MACHINE,
        pytest_args=["-n", "2"],
        pytest_exit_code=0,
        parts={SUITE: Part(suite_seconds, 250.04), REPORT: Part(4.26, 3.1)},
        counts={"passed": 58, "failed": 0, "broken": 0, "skipped": 2, "unknown": 0},
        verdicts=verdicts({SUITE: suite_seconds, REPORT: 4.26}),
    )


def test_the_record_holds_time_machine_durations_counts_and_budgets(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "benchmark.json"
    benchmark(312.44).write(path)
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["timestamp"] == "2026-12-01T14:00:05+07:00"
    assert record["machine"] == MACHINE and record["reference_cpu_count"] == 2
    assert record["durations_seconds"] == {SUITE: 312.4, REPORT: 4.3}
    assert record["cpu_seconds"] == {SUITE: 250.0, REPORT: 3.1}
    assert record["scenarios"]["passed"] == 58 and record["scenarios"]["skipped"] == 2
    assert record["budgets_seconds"] == {SUITE: 600, REPORT: 60}
    assert record["within_budget"] == {SUITE: True, REPORT: True}


def test_the_table_shows_each_part_against_its_budget_and_the_counts() -> None:
    lines = benchmark(700.0).table().splitlines()
    assert all(column in lines[0] for column in ("phần", "thời gian", "CPU", "ngân sách", "kết quả"))
    assert lines[1].startswith("bộ kịch bản (pytest)") and lines[1].endswith("VƯỢT") and "600 s" in lines[1]
    assert lines[2].startswith("dựng báo cáo Allure") and lines[2].endswith("đạt") and "4.3 s" in lines[2]
    assert lines[3] == "kịch bản: 58 đạt, 0 lỗi, 0 hỏng, 2 bỏ qua, 0 không rõ"
