"""A unit's input list (roster, procedure codes, migrated dossiers) read from CSV or XLSX, row by row.

Nothing in a bad file stops the reading: each problem — an empty file, a missing column, a file not in UTF-8,
an empty required cell, a duplicate row — is a `Problem` naming the file, the row (its line in the file, the
header being row 1) and the column, and every good row is still returned for the audit. A CSV that is not UTF-8
is read as Windows Vietnamese (cp1258), the other encoding such files come in, and said so.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook

FALLBACK_ENCODING = "cp1258"


@dataclass(frozen=True)
class Problem:
    file: Path
    message: str
    row: int | None = None
    column: str | None = None

    def sentence(self) -> str:
        where = [f"tệp {self.file.name}"] + ([f"dòng {self.row}"] if self.row else []) + (
            [f"cột “{self.column}”"] if self.column else [])
        return f"{', '.join(where)}: {self.message}"


@dataclass(frozen=True)
class Row:
    number: int
    values: dict[str, str]


@dataclass
class InputTable:
    file: Path
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _name(header: object) -> str:
    return unicodedata.normalize("NFC", " ".join(str(header or "").split())).casefold()


def _csv_lines(path: Path, table: InputTable) -> Iterator[list[str]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        table.problems.append(Problem(path, f"không phải UTF-8 (byte lạ ở dòng {line}); đã đọc theo mã Windows "
                                            "tiếng Việt (cp1258): lưu lại tệp với mã UTF-8 để chắc chắn đúng chữ."))
        text = data.decode(FALLBACK_ENCODING, errors="replace")
    # cp1258 writes most tones as combining marks: NFC makes them the letters the rest of the harness compares.
    yield from csv.reader(io.StringIO(unicodedata.normalize("NFC", text), newline=""))


def _xlsx_lines(path: Path) -> Iterator[list[str]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        for values in workbook.worksheets[0].iter_rows(values_only=True):
            yield ["" if value is None else str(value) for value in values]
    finally:
        workbook.close()


def _lines(path: Path, table: InputTable) -> Iterator[list[str]]:
    if path.suffix.lower() == ".xlsx":
        return _xlsx_lines(path)
    return _csv_lines(path, table)


def _cell(line: list[str], index: int) -> str:
    return line[index].strip() if index < len(line) else ""


def read_table(path: Path, columns: Sequence[str], key: Sequence[str], optional: Sequence[str] = ()) -> InputTable:
    """The rows of `path` by the given column names (matched whatever their case and spacing); `key` names the
    columns that make a row unique. Rows with an empty cell in one of `columns` are left out with a problem;
    `optional` columns are read where the file has them, empty or not."""
    table = InputTable(path)
    if not path.is_file():
        table.problems.append(Problem(path, "không có tệp này: kiểm tra đường dẫn."))
        return table
    try:
        lines = iter(_lines(path, table))
        header = next((line for line in lines if any(cell.strip() for cell in line)), None)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:  # openpyxl: not a workbook
        table.problems.append(Problem(path, f"không đọc được ({error}): lưu lại thành CSV hoặc XLSX."))
        return table
    if header is None:
        table.problems.append(Problem(path, "tệp trống, không có dòng tiêu đề nào."))
        return table
    positions = {_name(name): index for index, name in reversed(list(enumerate(header)))}
    missing = [column for column in columns if _name(column) not in positions]
    for column in missing:
        table.problems.append(Problem(path, "thiếu cột này ở dòng tiêu đề.", 1, column))
    seen: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(lines, start=2):
        if not any(cell.strip() for cell in line):
            continue
        values = {column: _cell(line, positions[_name(column)]) for column in columns if column not in missing}
        empty = [column for column, value in values.items() if not value]
        values |= {column: _cell(line, positions[_name(column)]) for column in optional if _name(column) in positions}
        for column in empty:
            table.problems.append(Problem(path, "ô trống, dòng này chưa được rà soát.", number, column))
        if empty:
            continue
        identity = tuple(values.get(column, "") for column in key)
        if identity in seen:
            table.problems.append(Problem(path, f"trùng với dòng {seen[identity]} ({', '.join(identity)}): chỉ rà "
                                                "soát dòng đầu.", number))
            continue
        seen[identity] = number
        table.rows.append(Row(number, values))
    if not table.rows and not missing:
        table.problems.append(Problem(path, "không có dòng dữ liệu nào sau dòng tiêu đề."))
    return table
