"""Runs an audit's check on every row of a unit's list: row by row, in parallel where the environment allows
(`[audits] parallel`), each finding kept in the journal the moment it is found, progress told as it goes.

A check is opened once per worker (`open_check`: a context manager giving the function that checks one row), so a
worker's browser or HTTP client serves all its rows. A row whose check raises gets `NOT_CHECKED` with the reason
and the audit goes on; the input's problems become findings of their rows (`INPUT_PROBLEM`), so the table has an
answer for every line the unit sent.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from harness.audits.findings import INPUT_PROBLEM, NOT_CHECKED, Finding
from harness.audits.journal import Journal
from harness.audits.table_input import InputTable, Problem, Row

RowCheck = Callable[[Row], Finding]
OpenCheck = Callable[[], AbstractContextManager[RowCheck]]

log = logging.getLogger("dvcqg.audits")


@dataclass
class AuditResult:
    findings: list[Finding]
    problems: list[Problem] = field(default_factory=list)
    resumed: int = 0  # rows whose finding came from an interrupted earlier run

    def verdicts(self) -> dict[int, str]:
        return {finding.row: finding.verdict for finding in self.findings}


class Progress:
    """"12/40 dòng" after every row: in the log and in a small file beside the findings, which a unit can watch."""

    def __init__(self, audit: str, total: int, path: Path | None) -> None:
        self.audit, self.total, self.path = audit, total, path
        self.done = 0
        self._lock = threading.Lock()

    def tell(self, finding: Finding) -> None:
        with self._lock:
            self.done += 1
            line = (f"[{self.audit}] {self.done}/{self.total} dòng — dòng {finding.row} ({finding.key}): "
                    f"{finding.verdict}")
            log.info(line)
            if self.path:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_text(line + "\n", encoding="utf-8")


def problem_findings(table: InputTable) -> list[Finding]:
    """A finding for every row the input made unreadable, with the problem's sentence; file-wide problems are
    kept as `problems` (they have no row)."""
    return [Finding(problem.row, "", INPUT_PROBLEM, problem.sentence())
            for problem in table.problems if problem.row and problem.row > 1]


def _check_safely(check: RowCheck, row: Row, key: str) -> Finding:
    try:
        return check(row)
    except Exception as error:  # one row's breakage must not lose the others' findings
        log.warning("dòng %s (%s) chưa rà soát được: %s", row.number, key, error)
        return Finding(row.number, key, NOT_CHECKED, f"lỗi khi rà soát: {type(error).__name__}: {error}"[:500],
                       values=row.values)


def run_audit(audit: str, table: InputTable, key_column: str, open_check: OpenCheck, journal: Journal,
              workers: int = 1, progress_file: Path | None = None) -> AuditResult:
    rows = table.rows
    found: dict[int, Finding] = {}
    todo: queue.Queue[Row] = queue.Queue()
    for row in rows:
        earlier = journal.finding_for(row)
        if earlier:
            found[row.number] = earlier
        else:
            todo.put(row)
    resumed = len(found)
    progress = Progress(audit, len(rows), progress_file)
    progress.done = resumed
    lock = threading.Lock()
    failures: list[BaseException] = []

    def work() -> None:
        try:
            with open_check() as check:
                while True:
                    try:
                        row = todo.get_nowait()
                    except queue.Empty:
                        return
                    finding = _check_safely(check, row, row.values.get(key_column, ""))
                    journal.keep(row, finding)
                    with lock:
                        found[row.number] = finding
                    progress.tell(finding)
        except BaseException as error:  # opening the check failed, or the run is stopping: rows left stay unchecked
            failures.append(error)

    # No row left (all resumed): no worker, so no browser is started for nothing.
    threads = [threading.Thread(target=work, name=f"{audit}-{n}", daemon=True)
               for n in range(min(max(1, workers), todo.qsize()))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures and isinstance(failures[0], Exception):
        reason = f"không mở được phiên rà soát: {failures[0]}"
    else:
        reason = "rà soát bị dừng trước dòng này: chạy lại để rà soát tiếp"
    for row in rows:  # rows no worker could take (every worker failed to open its check)
        if row.number not in found:
            found[row.number] = Finding(row.number, row.values.get(key_column, ""), NOT_CHECKED, reason,
                                        values=row.values)
    findings = sorted([*found.values(), *problem_findings(table)], key=lambda f: f.row)
    if all(f.verdict != NOT_CHECKED for f in findings):
        journal.close_complete()
    file_problems = [p for p in table.problems if not p.row or p.row <= 1]
    return AuditResult(findings, file_problems, resumed)
