"""What makes one audit: its name (the pytest marker), its title, the columns its input must have, the columns that
make a row unique, the verdict that means nothing is to be mended, and how a row's problem of input is said."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.audits.findings import INPUT_PROBLEM, Finding
from harness.audits.table_input import Problem, Row


@dataclass(frozen=True)
class AuditDefinition:
    name: str
    title: str
    columns: tuple[str, ...]  # required: a row with one of them empty is not audited
    key: tuple[str, ...]
    ok_verdicts: frozenset[str]
    optional_columns: tuple[str, ...] = ()  # read when present, repeated in the table

    @property
    def shown_columns(self) -> tuple[str, ...]:
        return self.columns + self.optional_columns

    def key_of(self, row: Row) -> str:
        return " / ".join(row.values.get(column, "") for column in self.key)


def input_problem(file: Path, row: Row, column: str, message: str, key: str = "") -> Finding:
    """A row that is read but cannot be audited as written (an unknown unit, a malformed code): the problem's
    sentence names the file, the row and the column, like the reader's own problems."""
    return Finding(row.number, key, INPUT_PROBLEM, Problem(file, message, row.number, column).sentence(),
                   values=row.values)
