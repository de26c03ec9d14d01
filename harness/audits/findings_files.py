"""The files a unit forwards with an audit's findings: XLSX (a header row, frozen below it, filters, column widths
that fit the text) and CSV (UTF-8 with a BOM, so that Excel shows Vietnamese), both named after the audit, the
unit and the day, e.g. `ra-soat-tai-khoan-000.21.31.H15-20261203.xlsx`."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

MAX_WIDTH = 60  # characters: longer findings wrap in Excel rather than make the sheet unreadable


def file_stem(audit: str, unit_code: str, day: date) -> str:
    return f"{audit.replace('_', '-')}-{unit_code}-{day:%Y%m%d}"


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows([["" if value is None else value for value in row] for row in rows])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return path


def write_xlsx(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]  # Excel's limit for a sheet name
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    for index, header in enumerate(headers, start=1):
        longest = max([len(str(header)), *(len(str(row[index - 1] or "")) for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, MAX_WIDTH)
    workbook.save(path)
    return path


def write_findings(folder: Path, audit: str, unit_code: str, day: date, title: str, headers: Sequence[str],
                   rows: Sequence[Sequence[object]]) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(audit, unit_code, day)
    return (write_xlsx(folder / f"{stem}.xlsx", title, headers, rows),
            write_csv(folder / f"{stem}.csv", headers, rows))
