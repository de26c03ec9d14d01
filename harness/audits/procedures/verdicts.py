"""The verdicts of ra_soat_tthc (docs/audits/ra_soat_tthc.md), and how one row's problems make its finding: every
problem found is told in the detail; the verdict is that of the first problem in the order the checks depend on
each other (the portal's own record before the unit's configuration, that before the test submission)."""

from dataclasses import dataclass, field

from harness.audits.findings import Finding
from harness.audits.table_input import Row

OK = "đã công khai, đã cấu hình"
NOT_PUBLISHED = "chưa công khai"
WRONG_DECISION = "sai số quyết định công bố"
TIME_OR_FEE = "thiếu hoặc sai thời hạn, phí"
NOT_CONFIGURED = "chưa cấu hình tại đơn vị"
MISROUTED = "nộp thử không đến đúng cơ quan"
INTERNAL = "thủ tục nội bộ"
NO_SUCH_CODE = "không có mã này"

ORDER = (WRONG_DECISION, TIME_OR_FEE, NOT_CONFIGURED, MISROUTED)


@dataclass
class Review:
    """What the checks of one row found: problems by verdict, and what was seen on the way."""

    problems: list[tuple[str, str]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def problem(self, verdict: str, sentence: str) -> None:
        self.problems.append((verdict, sentence))

    def see(self, fact: str) -> None:
        self.seen.append(fact)

    def has(self, verdict: str) -> bool:
        return any(found == verdict for found, _ in self.problems)

    @property
    def clean(self) -> bool:
        return not self.problems

    def finding(self, row: Row, key: str, ok_detail: str = "") -> Finding:
        if not self.problems:
            return Finding(row.number, key, OK, ok_detail, "; ".join(self.seen), row.values)
        verdict = min((found for found, _ in self.problems), key=ORDER.index)
        detail = "; ".join(sentence for _, sentence in self.problems)
        return Finding(row.number, key, verdict, detail, "; ".join(self.seen), row.values)


def single(row: Row, key: str, verdict: str, detail: str, seen: str = "") -> Finding:
    """A row answered by one fact: not published, internal, no such code."""
    return Finding(row.number, key, verdict, detail, seen, row.values)
