"""The findings files a unit forwards: named after the audit, the unit and the day; the XLSX read back with
openpyxl (header, frozen panes, filter, widths) and the CSV with its BOM holding the same rows."""

import csv
import io
from datetime import date

from openpyxl import load_workbook

from harness.audits.findings_files import MAX_WIDTH, write_findings

HEADERS = ("Dòng", "Tài khoản", "Kết quả", "Chi tiết")
ROWS = [(2, "motcua.th", "đủ quyền", ""),
        (3, "cv.th", "thiếu quyền", "Không có chức năng “Xử lý hồ sơ › Đang xử lý” của vai trò CHUYEN_VIEN. " * 3)]


def test_both_files_hold_the_rows_in_a_shape_excel_reads(tmp_path):
    xlsx, csv_path = write_findings(tmp_path, "ra_soat_tai_khoan", "000.21.31.H15", date(2026, 12, 3),
                                    "Rà soát tài khoản", HEADERS, ROWS)
    assert (xlsx.name, csv_path.name) == ("ra-soat-tai-khoan-000.21.31.H15-20261203.xlsx",
                                          "ra-soat-tai-khoan-000.21.31.H15-20261203.csv")
    sheet = load_workbook(xlsx).active
    assert [tuple(row) for row in sheet.iter_rows(values_only=True)] == [
        HEADERS, *[tuple(None if value == "" else value for value in row) for row in ROWS]]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3" and sheet["A1"].font.bold
    assert sheet.column_dimensions["B"].width == len("motcua.th") + 2
    assert sheet.column_dimensions["D"].width == MAX_WIDTH
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [list(HEADERS)] + [
        [str(value) for value in row] for row in ROWS]
