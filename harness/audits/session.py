"""One audit of one list, start to end: read the list, resume what an interrupted run found, check the rest, write
the unit's files and attach the table to the report."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from harness.audits.definition import AuditDefinition
from harness.audits.findings_files import file_stem
from harness.audits.journal import Journal
from harness.audits.report import publish
from harness.audits.runner import AuditResult, OpenCheck, run_audit
from harness.audits.table_input import InputTable, read_table


def read_list(definition: AuditDefinition, path: Path) -> InputTable:
    return read_table(path, definition.columns, definition.key, definition.optional_columns)


def journal_name(stem: str, table: InputTable, target: str) -> str:
    """One journal per list and per portal: a sandbox started afresh (another address) is another portal, whose
    rows an earlier run never checked."""
    portal = hashlib.sha256(target.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{table.file.stem}-{portal}.jsonl"


def perform(definition: AuditDefinition, table: InputTable, unit_code: str, day: date, open_check: OpenCheck,
            folder: Path, workers: int, env_name: str, target: str) -> AuditResult:
    """`target` names the portal audited (its addresses): the journal resumes only a run against the same one."""
    stem = f"{file_stem(definition.name, unit_code, day)}-{env_name}"
    journal = Journal(folder / ".journal" / journal_name(stem, table, target))
    result = run_audit(definition.name, table, definition.key[0], open_check, journal, workers,
                       folder / f"{stem}.progress.txt")
    publish(result, definition.name, definition.title, unit_code, day, definition.shown_columns, folder)
    return result
