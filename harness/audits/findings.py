"""One audited row's answer: the row of the input it is for, its verdict in the audit's words, why, and what was
seen. Every audit answers every row: a row the input made unreadable and a row whose check broke get a verdict
of their own, so that a table never silently has fewer rows than the unit's list."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

INPUT_PROBLEM = "dữ liệu đầu vào lỗi"
NOT_CHECKED = "chưa rà soát được"


@dataclass(frozen=True)
class Finding:
    row: int  # the row's line in the input file (the header is line 1); 0 for a problem of the whole file
    key: str  # what the row is about: the account, the procedure code, the legacy dossier code
    verdict: str
    detail: str = ""
    evidence: str = ""
    values: dict[str, str] = field(default_factory=dict)  # the row's input cells, as the table repeats them

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Finding:
        return cls(**data)

    def at_row(self, row: int) -> Finding:
        return Finding(row, self.key, self.verdict, self.detail, self.evidence, self.values)
