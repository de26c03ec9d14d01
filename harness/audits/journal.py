"""What an audit has already found, kept line by line so that an interrupted audit resumes where it stopped.

Each finished row is appended (and flushed) as soon as it is found, keyed by the row's own cells rather than its
line number: a unit that mends a bad row and runs again keeps every other row's finding. The journal is removed
once every row has a finding, so the next run of a complete audit checks everything afresh. Rows whose check
broke (`NOT_CHECKED`) are never kept: the next run tries them again.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from harness.audits.findings import NOT_CHECKED, Finding
from harness.audits.table_input import Row


def row_fingerprint(row: Row) -> str:
    cells = json.dumps(sorted(row.values.items()), ensure_ascii=False)
    return hashlib.sha256(cells.encode("utf-8")).hexdigest()[:16]


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._found: dict[str, Finding] = {}
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self._found[entry["fingerprint"]] = Finding.from_json(entry["finding"])
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short when the audit was interrupted: that row is checked again

    def finding_for(self, row: Row) -> Finding | None:
        found = self._found.get(row_fingerprint(row))
        return found.at_row(row.number) if found else None

    def keep(self, row: Row, finding: Finding) -> None:
        if finding.verdict == NOT_CHECKED:
            return
        line = json.dumps({"fingerprint": row_fingerprint(row), "finding": finding.to_json()}, ensure_ascii=False)
        with self._lock:
            self._found[row_fingerprint(row)] = finding
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
                out.flush()

    def close_complete(self) -> None:
        self.path.unlink(missing_ok=True)
