"""Statistics tasks of a THONG_KE officer on the one-stop system: the "Tiến độ giải quyết" report of their unit
for a period, its saved files, and the QĐ 766 scores, each read as consistent numbers.

On staging other officers work while a scenario reads, so a read that spans two moments (the page and its file,
the report and the indicators) is repeated until the report reads the same before and after it: the numbers
compared are then of one moment, not stitched from two.
"""

import csv
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from playwright.sync_api import Page

from flows.back_office import back_office
from harness.config import Environment
from pages.motcua.system import ProgressReport, StatisticsReport

UNIT = "Đơn vị"
CONSISTENT_READS = 3


def day_shown(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def open_progress_report(page: Page, env: Environment, first: date, last: date) -> ProgressReport:
    report = back_office(page, env).open_progress_report()
    report.choose_period(day_shown(first), day_shown(last))
    return report


def read_progress(page: Page, env: Environment, first: date, last: date) -> list[dict[str, str]]:
    """The report's rows for the period, freshly opened through the menu."""
    return open_progress_report(page, env, first, last).rows(day_shown(first), day_shown(last))


def counts_of(row: dict[str, str]) -> dict[str, int]:
    """A unit's row as numbers by column header (the unit's name left out)."""
    return {header: int(value) for header, value in row.items() if header != UNIT}


def consistent(read_report: Callable[[], list[dict[str, str]]], read_other: Callable[[], object],
               deadline_ms: int) -> tuple[list[dict[str, str]], object]:
    """The report and another read taken between two equal reads of the report; at most CONSISTENT_READS tries
    within the deadline, else the last pair is returned for the comparison to show what moved."""
    give_up = time.monotonic() + deadline_ms / 1000
    for attempt in range(CONSISTENT_READS):
        before = read_report()
        other = read_other()
        after = read_report()
        if before == after or attempt == CONSISTENT_READS - 1 or time.monotonic() > give_up:
            return after, other
    raise AssertionError("unreachable")


def saved_rows(path: Path) -> list[dict[str, str]]:
    """The saved report's rows by its header row: XLSX read with openpyxl, CSV as UTF-8 with its BOM."""
    if path.suffix == ".xlsx":
        sheet = load_workbook(path, read_only=True).active
        table = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    header, *rows = table
    return [dict(zip(header, row, strict=True)) for row in rows]


def starts_with_bom(path: Path) -> bool:
    return path.read_bytes().startswith(b"\xef\xbb\xbf")


def open_indicators(page: Page, env: Environment, unit_name: str, first: date, last: date) -> StatisticsReport:
    board = back_office(page, env).open_indicators(unit_name)
    board.choose_period(day_shown(first), day_shown(last))
    return board


def read_indicator_scores(page: Page, env: Environment, unit_name: str, first: date,
                          last: date) -> dict[str, dict[str, str]]:
    """The scored sub-indicators of the QĐ 766 page by code (Chỉ số), each row by column header."""
    rows = open_indicators(page, env, unit_name, first, last).rows(day_shown(first), day_shown(last))
    return {row["Chỉ số"]: row for row in rows}


def request_report_of(page: Page, env: Environment, unit_code: str):
    return back_office(page, env).request_report_of(unit_code)
