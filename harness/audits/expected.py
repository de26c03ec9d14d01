"""The findings an example list must give, row by row, from a CSV written by hand beside it (`Dòng`, `Kết luận`,
and optionally `Chi tiết có`: words the detail must contain). The expected verdicts come from how the example's
accounts, procedures and dossiers were prepared, never from a run."""

from __future__ import annotations

import csv
from pathlib import Path

from harness.audits.findings import Finding


def read_expected(path: Path) -> dict[int, tuple[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as lines:
        return {int(row["Dòng"]): (row["Kết luận"].strip(), (row.get("Chi tiết có") or "").strip())
                for row in csv.DictReader(lines) if (row.get("Dòng") or "").strip()}


def differences(findings: list[Finding], expected: dict[int, tuple[str, str]]) -> list[str]:
    """Every row whose verdict (or detail) is not the expected one, and every expected row without a finding."""
    by_row: dict[int, list[Finding]] = {}
    for finding in findings:
        by_row.setdefault(finding.row, []).append(finding)
    lines = []
    for row, (verdict, words) in sorted(expected.items()):
        got = by_row.get(row, [])
        if not got:
            lines.append(f"dòng {row}: không có kết luận, chờ “{verdict}”")
        elif all(f.verdict != verdict for f in got):
            lines.append(f"dòng {row}: kết luận “{got[0].verdict}” ({got[0].detail}), chờ “{verdict}”")
        elif words and not any(words.casefold() in f.detail.casefold() for f in got if f.verdict == verdict):
            lines.append(f"dòng {row}: chi tiết “{got[0].detail}” không có “{words}”")
    lines += [f"dòng {row}: kết luận “{found[0].verdict}” không có trong kết luận dự kiến"
              for row, found in sorted(by_row.items()) if row and row not in expected]
    return lines
