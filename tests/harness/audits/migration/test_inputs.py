"""Reading a row of the export: legacy codes, statuses by name or code, dates with or without the time."""

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from harness.audits.migration.check import DEFINITION, Expected, read_row
from harness.audits.migration.inputs import Moment, legacy_code_problem, read_moment, read_shown, read_status
from harness.audits.session import read_list


@pytest.mark.parametrize("code", ["000.21.01.H47-250312-0003", "H55.242-250312-0001", "000.20.31.H56-240315-00012"])
def test_legacy_codes_of_the_known_shapes_are_read(code: str) -> None:
    assert legacy_code_problem(code) is None


@pytest.mark.parametrize("code", ["HS-2025-0012", "000.21.01.H47-2503120003", "000.21.01.h47-250312-0003", ""])
def test_a_malformed_legacy_code_is_named_with_the_shape_expected(code: str) -> None:
    assert "{mã đơn vị}-yyMMdd-NNNN" in legacy_code_problem(code)


@pytest.mark.parametrize(("text", "code"), [("Đang xử lý", 4), ("  đã trả   KẾT QUẢ ", 10), ("9", 9), ("10", 10),
                                            ("Yêu cầu bổ sung giấy tờ", 5)])
def test_a_status_is_read_by_name_or_code(text: str, code: int) -> None:
    assert read_status(text) == code


@pytest.mark.parametrize("text", ["Đã xong", "0", "11", "4.0", ""])
def test_an_unknown_status_says_what_to_write(text: str) -> None:
    with pytest.raises(ValueError, match="mã 1–10"):
        read_status(text)


def test_dates_with_a_time_compare_to_the_minute_and_without_by_the_day() -> None:
    timed, day = read_moment("12/03/2025 08:30", "Ngày tiếp nhận"), read_moment("12/03/2025", "Ngày tiếp nhận")

    assert timed == Moment(datetime(2025, 3, 12, 8, 30), True)
    assert timed.same_as(datetime(2025, 3, 12, 8, 30)) and not timed.same_as(datetime(2025, 3, 12, 8, 31))
    assert day.same_as(datetime(2025, 3, 12, 17, 0)) and not day.same_as(datetime(2025, 3, 13, 0, 0))
    assert read_moment("2025-03-12 00:00:00", "Ngày hẹn trả") == Moment(datetime(2025, 3, 12), False)  # XLSX cells
    assert read_moment("2025-03-12 08:30:00", "Ngày hẹn trả") == Moment(datetime(2025, 3, 12, 8, 30), True)
    assert (str(timed), str(day)) == ("12/03/2025 08:30", "12/03/2025")


@pytest.mark.parametrize("text", ["31/02/2025", "12-03-2025", "hôm qua"])
def test_an_unreadable_date_names_the_column_and_the_format(text: str) -> None:
    with pytest.raises(ValueError, match="ngày hẹn trả .* dd/MM/yyyy"):
        read_moment(text, "Ngày hẹn trả")


def test_a_date_the_system_shows_is_read_and_chua_co_is_none() -> None:
    assert read_shown("14/03/2025 17:00") == datetime(2025, 3, 14, 17, 0)
    assert read_shown("Chưa có") is None


def test_an_xlsx_export_with_date_cells_reads_as_the_csv_does(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(list(DEFINITION.shown_columns))
    workbook.active.append(["000.21.01.H47-250311-0002", "Trần Thị Bích", "1.004222", datetime(2025, 3, 11, 9, 15),
                            datetime(2025, 3, 18), 4, ""])
    workbook.save(tmp_path / "xuat.xlsx")

    [row] = read_list(DEFINITION, tmp_path / "xuat.xlsx").rows
    expected = read_row(row, tmp_path / "xuat.xlsx")

    assert expected == Expected("000.21.01.H47-250311-0002", 4, Moment(datetime(2025, 3, 11, 9, 15), True),
                                Moment(datetime(2025, 3, 18), False), "")
