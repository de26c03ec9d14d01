"""The table a unit reads: its line, its cells, the verdict, why and what was seen, file problems first; the same
table in the XLSX (read back with openpyxl) and the CSV, and the expected findings compared row by row."""

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from harness.audits.expected import differences, read_expected
from harness.audits.findings import Finding
from harness.audits.report import html_table, publish, summary, table_headers, table_rows
from harness.audits.runner import AuditResult
from harness.audits.table_input import Problem
from harness.evidence.redaction import SECRETS

COLUMNS = ("Mã TTHC", "Đơn vị")
RESULT = AuditResult([
    Finding(2, "1.004222", "đạt", "đã công khai", "QĐ 1523/QĐ-BCA-C06", {"Mã TTHC": "1.004222", "Đơn vị": "Tuy Hòa"}),
    Finding(3, "", "dữ liệu đầu vào lỗi", "tệp a.csv, dòng 3, cột “Đơn vị”: ô trống"),
], [Problem(Path("a.csv"), "thiếu cột này ở dòng tiêu đề.", 1, "Ghi chú")], resumed=1)


def test_the_table_has_the_file_problems_first_then_every_row_with_its_cells_and_verdict():
    assert table_headers(COLUMNS) == ["Dòng", "Mã TTHC", "Đơn vị", "Kết luận", "Chi tiết", "Bằng chứng"]
    assert table_rows(RESULT, COLUMNS) == [
        ["", "", "", "lỗi tệp đầu vào", "tệp a.csv, dòng 1, cột “Ghi chú”: thiếu cột này ở dòng tiêu đề.", ""],
        [2, "1.004222", "Tuy Hòa", "đạt", "đã công khai", "QĐ 1523/QĐ-BCA-C06"],
        [3, "", "", "dữ liệu đầu vào lỗi", "tệp a.csv, dòng 3, cột “Đơn vị”: ô trống", ""],
    ]
    assert summary(RESULT) == ("đạt: 1; dữ liệu đầu vào lỗi: 1; lỗi tệp đầu vào: 1; lấy lại từ lần chạy bị gián "
                               "đoạn: 1")


def test_a_secret_seen_by_a_check_never_reaches_the_table():
    SECRETS.register("Mk-bi-mat-2026", "mật khẩu thử")
    leaked = AuditResult([Finding(2, "cb.tuyhoa", "không đăng nhập được", "mật khẩu Mk-bi-mat-2026 bị từ chối")])
    assert "Mk-bi-mat-2026" not in str(table_rows(leaked, ()))


def test_the_html_table_escapes_what_the_portal_wrote():
    page = html_table("Rà soát", ["Chi tiết"], [["<script>x</script>"]], "đạt: 1")
    assert "<script>x" not in page and "&lt;script&gt;" in page and 'lang="vi"' in page


def test_the_files_hold_the_same_table_named_after_the_audit_unit_and_day(tmp_path):
    xlsx, csv_path = publish(RESULT, "ra_soat_tthc", "Rà soát TTHC", "000.21.31.H15", date(2026, 12, 4), COLUMNS,
                             tmp_path)
    assert (xlsx.name, csv_path.name) == ("ra-soat-tthc-000.21.31.H15-20261204.xlsx",
                                          "ra-soat-tthc-000.21.31.H15-20261204.csv")
    sheet = load_workbook(xlsx).active
    read_back = [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert read_back == [table_headers(COLUMNS), *table_rows(RESULT, COLUMNS)]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F4"
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with csv_path.open(encoding="utf-8-sig", newline="") as lines:
        assert next(csv.reader(lines)) == table_headers(COLUMNS)


def test_expected_findings_are_compared_row_by_row_verdict_and_words_of_the_detail(tmp_path):
    expected = tmp_path / "ket-luan-du-kien.csv"
    expected.write_text("Dòng,Kết luận,Chi tiết có\n2,đạt,công khai\n3,dữ liệu đầu vào lỗi,ô trống\n4,đạt,\n",
                        encoding="utf-8")
    assert differences(RESULT.findings, read_expected(expected)) == ["dòng 4: không có kết luận, chờ “đạt”"]
    wrong = [Finding(2, "1.004222", "chưa công khai", "không thấy trên Cổng"), RESULT.findings[1],
             Finding(4, "x", "đạt", ""), Finding(5, "y", "đạt", "")]
    assert differences(wrong, read_expected(expected)) == [
        "dòng 2: kết luận “chưa công khai” (không thấy trên Cổng), chờ “đạt”",
        "dòng 5: kết luận “đạt” không có trong kết luận dự kiến",
    ]
