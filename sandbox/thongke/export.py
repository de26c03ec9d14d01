"""The report as a file: CSV (UTF-8 with BOM, so Excel reads the Vietnamese) and XLSX (openpyxl), one header
row, named after the unit and the period."""

import csv
import io
import unicodedata

from openpyxl import Workbook

from sandbox.thongke.period import Period
from sandbox.thongke.progress import COLUMNS, ProgressRow

HEADER = ["Đơn vị", *[label for _, label in COLUMNS]]


def file_name(unit_code: str, unit_name: str, period: Period, extension: str) -> str:
    plain = unicodedata.normalize("NFD", unit_name.replace("Đ", "D").replace("đ", "d"))
    ascii_name = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == " ")).strip().replace(" ", "-")
    return f"tien-do-giai-quyet_{ascii_name}_{unit_code}_{period.slug}.{extension}"


def as_csv(row: ProgressRow) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerow([row.unit_name, *row.cells()])
    return out.getvalue().encode("utf-8-sig")


def as_xlsx(row: ProgressRow, period: Period) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Tiến độ giải quyết"
    sheet.append(HEADER)
    sheet.append([row.unit_name, *row.cells()])
    sheet.freeze_panes = "B2"
    first, last = period.shown
    book.properties.title = f"Tiến độ giải quyết {row.unit_name} từ {first} đến {last}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
