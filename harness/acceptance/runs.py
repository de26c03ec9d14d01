"""The archived runs (harness/reports/archive.py, docs/report.md) as the record shows them, each named by its
folder in reports/runs/."""

from __future__ import annotations

from pathlib import Path

from harness.acceptance.record import RunFacts
from harness.errors import HarnessError
from harness.reports.archive import read_runs


def archived_runs(root: Path) -> list[RunFacts]:
    if not root.is_dir():
        raise HarnessError(f"Không có thư mục lưu các lần chạy {root}: chạy kịch bản rồi dựng báo cáo "
                           "(scripts/e2e) trước khi lập biên bản.")
    return [RunFacts(run.results_dir.parent.name, run.env, run.started, run.finished, run.commit, dict(run.urls),
                     run.who, run.results_dir) for run in read_runs(root)]
