"""The day's runs in the run archive (harness/reports/archive.py): those that started on that date in Vietnam.

The archive reader leaves out a run.json it cannot read; the report must not, since a run it silently dropped
would be a flow reported as not run, so such a file is one sentence naming it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from harness.defects.location import shown
from harness.errors import HarnessError
from harness.reports.archive import RUN_FILE, Run, read_runs
from harness.vietnam_time import VIETNAM


def vietnam_date(moment: datetime) -> date:
    """The date in Vietnam of a moment; one without an offset is taken as Vietnam time."""
    return (moment.replace(tzinfo=VIETNAM) if moment.tzinfo is None else moment.astimezone(VIETNAM)).date()


def runs_of_day(runs_dir: Path, day: date) -> list[Run]:
    runs = read_runs(runs_dir)
    readable = {run.results_dir.parent for run in runs}
    for run_file in sorted(runs_dir.glob(f"*/{RUN_FILE}")):
        if run_file.parent not in readable:
            raise HarnessError(f"Tệp {shown(run_file)} không đọc được (cần JSON có env, started, finished dạng "
                               f"ISO 8601): sửa tệp hoặc chuyển thư mục lần chạy đó ra khỏi {shown(runs_dir)}.")
    return [run for run in runs if vietnam_date(run.started) == day]
