"""A unit's input list: good rows read by column name from CSV and XLSX, and each kind of bad input named by
file, row and column while the good rows are still read."""

import unicodedata
from pathlib import Path

from openpyxl import Workbook

from harness.audits.table_input import read_table

COLUMNS, KEY = ("Tài khoản", "Họ và tên", "Đơn vị", "Vai trò"), ("Tài khoản",)
HEADER = "Tài khoản,Họ và tên,Đơn vị,Vai trò\n"


# The five tones cp1258 writes as combining marks after a letter it has (â, ê, ô, ơ, ư, ă…).
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_vietnamese(text: str) -> bytes:
    """As Windows writes Vietnamese in cp1258: a letter it has, else the letter and its tone as a combining mark."""
    encoded = b""
    for letter in text:
        try:
            encoded += letter.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", letter)
            tone = next(mark for mark in parts if mark in TONE_MARKS)
            base = unicodedata.normalize("NFC", parts.replace(tone, ""))
            encoded += base.encode("cp1258") + tone.encode("cp1258")
    return encoded


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(windows_vietnamese(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def sentences(table) -> list[str]:
    return [problem.sentence() for problem in table.problems]


def test_good_rows_by_column_name_whatever_the_headers_case_and_order(tmp_path):
    path = csv_file(tmp_path, "vai TRÒ , tài khoản,Họ và tên,Đơn vị,Ghi chú\n"
                              "MOT_CUA,motcua.th,Lê Văn Nam,Công an Phường Tuy Hòa,x\n")
    table = read_table(path, COLUMNS, KEY)
    assert table.problems == []
    assert [(row.number, row.values) for row in table.rows] == [(2, {
        "Tài khoản": "motcua.th", "Họ và tên": "Lê Văn Nam", "Đơn vị": "Công an Phường Tuy Hòa", "Vai trò": "MOT_CUA"})]


def test_an_xlsx_reads_the_same(tmp_path):
    workbook = Workbook()
    workbook.active.append(list(COLUMNS))
    workbook.active.append(["motcua.th", "Lê Văn Nam", "Công an Phường Tuy Hòa", "MOT_CUA"])
    workbook.save(tmp_path / "danh-sach.xlsx")
    table = read_table(tmp_path / "danh-sach.xlsx", COLUMNS, KEY)
    assert table.problems == [] and table.rows[0].values["Vai trò"] == "MOT_CUA"


def test_each_bad_row_is_named_and_the_good_ones_still_read(tmp_path):
    path = csv_file(tmp_path, HEADER + "a,Lê Văn A,Công an Phường Tuy Hòa,MOT_CUA\n"
                                       ",Lê Văn B,Công an Phường Tuy Hòa,MOT_CUA\n"
                                       "a,Lê Văn A,Công an Phường Tuy Hòa,MOT_CUA\n"
                                       "\n"
                                       "c,Lê Văn C,Công an Phường Tuy Hòa,CHUYEN_VIEN\n")
    table = read_table(path, COLUMNS, KEY)
    assert [row.values["Tài khoản"] for row in table.rows] == ["a", "c"]
    assert sentences(table) == [
        "tệp danh-sach.csv, dòng 3, cột “Tài khoản”: ô trống, dòng này chưa được rà soát.",
        "tệp danh-sach.csv, dòng 4: trùng với dòng 2 (a): chỉ rà soát dòng đầu.",
    ]


def test_a_missing_column_is_named_and_the_other_columns_still_read(tmp_path):
    table = read_table(csv_file(tmp_path, "Tài khoản,Họ và tên,Đơn vị\na,Lê Văn A,Công an Phường Tuy Hòa\n"),
                       COLUMNS, KEY)
    assert sentences(table) == ["tệp danh-sach.csv, dòng 1, cột “Vai trò”: thiếu cột này ở dòng tiêu đề."]
    assert table.rows[0].values == {"Tài khoản": "a", "Họ và tên": "Lê Văn A", "Đơn vị": "Công an Phường Tuy Hòa"}


def test_a_file_in_windows_vietnamese_is_read_and_said_so(tmp_path):
    table = read_table(csv_file(tmp_path, HEADER + "a,Lê Văn Nam,Công an,MOT_CUA\n", "cp1258"), COLUMNS, KEY)
    assert table.rows[0].values["Họ và tên"] == "Lê Văn Nam"
    (problem,) = sentences(table)
    assert problem.startswith("tệp danh-sach.csv: không phải UTF-8 (byte lạ ở dòng 1)")


def test_empty_missing_and_unreadable_files(tmp_path):
    assert sentences(read_table(csv_file(tmp_path, "\n\n"), COLUMNS, KEY)) == [
        "tệp danh-sach.csv: tệp trống, không có dòng tiêu đề nào."]
    assert sentences(read_table(csv_file(tmp_path, HEADER), COLUMNS, KEY)) == [
        "tệp danh-sach.csv: không có dòng dữ liệu nào sau dòng tiêu đề."]
    assert sentences(read_table(tmp_path / "khong-co.csv", COLUMNS, KEY)) == [
        "tệp khong-co.csv: không có tệp này: kiểm tra đường dẫn."]
    (tmp_path / "hong.xlsx").write_bytes(b"khong phai xlsx")
    (problem,) = sentences(read_table(tmp_path / "hong.xlsx", COLUMNS, KEY))
    assert problem.startswith("tệp hong.xlsx: không đọc được (")
