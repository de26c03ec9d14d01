"""The archived runs (harness/reports/archive.py, docs/report.md) the record is made from."""

from __future__ import annotations

from pathlib import Path

from harness.errors import HarnessError
from harness.reports.archive import Run, read_runs


def archived_runs(root: Path) -> list[Run]:
    if not root.is_dir():
        raise HarnessError(f"Không có thư mục lưu các lần chạy {root}: chạy kịch bản rồi dựng báo cáo "
                           "(scripts/e2e) trước khi lập biên bản.")
    return read_runs(root)
