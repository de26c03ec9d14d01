"""An audit's findings as the unit reads them: one table in Vietnamese — the row's line, its input cells, the
verdict, why, what was seen — written to the XLSX and CSV a unit forwards and attached to the Allure report
(the table as HTML, both files, and the input's problems)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import allure

from harness.audits.findings import INPUT_PROBLEM
from harness.audits.findings_files import write_findings
from harness.audits.runner import AuditResult
from harness.evidence.redaction import SECRETS

ROW, VERDICT, DETAIL, EVIDENCE = "Dòng", "Kết luận", "Chi tiết", "Bằng chứng"
# Named, so that the report offers the workbook as one (an attachment without a type is only "a file").
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_headers(input_columns: Sequence[str]) -> list[str]:
    return [ROW, *input_columns, VERDICT, DETAIL, EVIDENCE]


def table_rows(result: AuditResult, input_columns: Sequence[str]) -> list[list[object]]:
    rows: list[list[object]] = [["", *("" for _ in input_columns), "lỗi tệp đầu vào", problem.sentence(), ""]
                                for problem in result.problems]
    for finding in result.findings:
        rows.append([finding.row, *(finding.values.get(column, "") for column in input_columns),
                     finding.verdict, finding.detail, finding.evidence])
    return [[SECRETS.scrub_text(cell) if isinstance(cell, str) else cell for cell in row] for row in rows]


def summary(result: AuditResult) -> str:
    counts = Counter(finding.verdict for finding in result.findings)
    parts = [f"{verdict}: {count}" for verdict, count in counts.most_common()]
    if result.problems:
        parts.append(f"lỗi tệp đầu vào: {len(result.problems)}")
    if result.resumed:
        parts.append(f"lấy lại từ lần chạy bị gián đoạn: {result.resumed}")
    return "; ".join(parts) or "không có dòng nào"


def html_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], note: str) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return (f'<!doctype html><html lang="vi"><meta charset="utf-8"><title>{html.escape(title)}</title>'
            "<style>table{border-collapse:collapse;font:13px sans-serif}td,th{border:1px solid #999;padding:3px 6px;"
            "vertical-align:top}th{background:#eee}</style>"
            f"<h2>{html.escape(title)}</h2><p>{html.escape(note)}</p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table></html>")


def publish(result: AuditResult, audit: str, title: str, unit_code: str, day: date, input_columns: Sequence[str],
            folder: Path) -> tuple[Path, Path]:
    """Write the unit's files and attach the table, the files and the input's problems to the running test."""
    headers, rows = table_headers(input_columns), table_rows(result, input_columns)
    xlsx, csv_path = write_findings(folder, audit, unit_code, day, title, headers, rows)
    allure.attach(html_table(title, headers, rows, summary(result)), name=f"Bảng kết quả — {title}",
                  attachment_type=allure.attachment_type.HTML)
    allure.attach.file(str(xlsx), name=xlsx.name, attachment_type=XLSX_TYPE, extension="xlsx")
    allure.attach.file(str(csv_path), name=csv_path.name, attachment_type=allure.attachment_type.CSV)
    row_problems = [f.detail for f in result.findings if f.verdict == INPUT_PROBLEM]
    if result.problems or row_problems:
        sentences = [p.sentence() for p in result.problems] + row_problems
        allure.attach("\n".join(sentences), name="Lỗi của tệp đầu vào", attachment_type=allure.attachment_type.TEXT)
    return xlsx, csv_path
