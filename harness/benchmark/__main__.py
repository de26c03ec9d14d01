"""python -m harness.benchmark [pytest options]: time the suite and the report build against their budgets.

Runs every feature as scripts/e2e does, on two workers unless the options say otherwise (`-n 4`), into
reports/benchmark/, then builds the report; prints a table, writes reports/benchmark.json, and exits 1
with one sentence when a part went over its budget (2 when the run could not be measured).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from harness.benchmark.budgets import REPORT, SUITE, over_budget_sentence, verdicts
from harness.benchmark.counts import count_scenarios
from harness.benchmark.machine import machine_info
from harness.benchmark.summary import Benchmark, Part
from harness.evidence.run_info import VIETNAM_TIME

PROJECT_ROOT = Path(__file__).resolve().parents[2]
OUTPUT = PROJECT_ROOT / "reports" / "benchmark"
RECORD = PROJECT_ROOT / "reports" / "benchmark.json"
# pytest keeps the last value of an option given twice, so `-n 4` on the command line wins over this.
DEFAULT_PYTEST_ARGS = ("-n", "2")
# 0: all passed, 1: some scenarios failed. Any other code means the suite did not run to its end.
MEASURABLE_PYTEST_CODES = (0, 1)


def timed(command: list[str]) -> tuple[int, Part]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    returncode = subprocess.run(command, cwd=PROJECT_ROOT, check=False).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return returncode, Part(wall, cpu)


def main(argv: list[str]) -> int:
    started_at = datetime.now(VIETNAM_TIME)
    machine = machine_info(PROJECT_ROOT)
    results, report = OUTPUT / "allure-results", OUTPUT / "allure-report"
    pytest_args = [*DEFAULT_PYTEST_ARGS, *argv]
    suite_code, suite = timed(
        [sys.executable, "-m", "pytest", f"--alluredir={results}", "--clean-alluredir", *pytest_args]
    )
    if suite_code not in MEASURABLE_PYTEST_CODES:
        print(f"Không đo được: pytest dừng với mã {suite_code} trước khi chạy hết (xem thông báo ở trên).",
              file=sys.stderr)
        return 2
    build_code, build = timed(
        [sys.executable, "-m", "harness.reports.build", "--results", str(results), "--output", str(report)]
    )
    if build_code != 0:
        print(f"Không đo được: dựng báo cáo thất bại với mã {build_code} (xem thông báo ở trên).", file=sys.stderr)
        return 2
    parts = {SUITE: suite, REPORT: build}
    benchmark = Benchmark(
        started_at=started_at,
        machine=machine,
        pytest_args=pytest_args,
        pytest_exit_code=suite_code,
        parts=parts,
        counts=count_scenarios(results),
        verdicts=verdicts({name: part.wall_seconds for name, part in parts.items()}),
    )
    benchmark.write(RECORD)
    print(benchmark.table())
    print(f"Đã ghi {RECORD}")
    if suite_code != 0:
        print("Lưu ý: có kịch bản không đạt, thời gian đo được có thể không đại diện cho một lần chạy đạt.")
    sentence = over_budget_sentence(benchmark.verdicts)
    if sentence:
        print(sentence, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
