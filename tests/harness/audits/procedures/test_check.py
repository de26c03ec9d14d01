"""The check of one row (harness/audits/procedures/check.py) where it needs no browser: the code as written, the
internal series, what the portal's API does not list or does not detail. The rows that reach the procedure's page
and the test submission are checked end to end by features/ra_soat_tthc.feature."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from harness.audits.findings import INPUT_PROBLEM, NOT_CHECKED
from harness.audits.procedures import verdicts
from harness.audits.procedures.check import CheckSettings, ProcedureCheck, Sessions
from harness.audits.table_input import Row
from harness.config import UnitSpec, load_environment

UNIT = UnitSpec("Công an Phường Tuy Hòa", "000.21.31.H15", "Tỉnh Đắk Lắk", "Phường Tuy Hòa")
LIST = Path("danh-sach-thu-tuc.csv")


class Api:
    """The portal's API as a test states it: the rows listed per code, the records per id."""

    def __init__(self, rows: Mapping[str, list[dict]] | None = None, records: Mapping[str, dict] | None = None):
        self.rows, self.records = rows or {}, records or {}

    def rows_for_code(self, code: str) -> list[Mapping[str, Any]]:
        return self.rows.get(code, [])

    def formality(self, formality_id: str) -> Mapping[str, Any] | None:
        return self.records.get(formality_id)


class NoBrowser:
    def of(self, role: str, storage_state: str | None = None):
        raise AssertionError(f"this row should need no browser ({role})")


NO_SUBMISSION = Sessions(no_submission="thử nghiệm")


def check(code: str, api: Api):
    settings = CheckSettings(load_environment("sandbox"), UNIT, LIST, NO_SUBMISSION, lambda: None, Path("."))
    return ProcedureCheck(settings, api, NoBrowser()).check(Row(5, {"Mã TTHC": code}))


@pytest.mark.parametrize(("code", "words"), [("1.0133611", "7 chữ số"), ("1.014955-Xoa", "bản ghi đã xóa"),
                                             ("2.009182739", "9 chữ số")])
def test_a_malformed_code_is_an_input_problem_naming_file_row_and_column(code: str, words: str) -> None:
    finding = check(code, Api())

    assert finding.verdict == INPUT_PROBLEM
    assert finding.detail.startswith("tệp danh-sach-thu-tuc.csv, dòng 5, cột “Mã TTHC”: ")
    assert words in finding.detail and finding.key == code


def test_the_5_and_6_series_are_internal_without_asking_the_portal() -> None:
    assert check("6.000123", Api()).verdict == verdicts.INTERNAL


def test_a_code_the_portal_does_not_list_without_the_administrator_is_not_published_and_says_why() -> None:
    finding = check("1.010039", Api())

    assert finding.verdict == verdicts.NOT_PUBLISHED
    assert "không có tài khoản quản trị CSDL TTHC" in finding.detail


def test_a_listed_code_without_its_record_is_not_checked_and_says_what_is_missing() -> None:
    api = Api({"1.014325": [{"id": "u1", "code": " 1.014325", "name": "Thủ tục thực hiện chính sách hỗ trợ"}]})

    finding = check("1.014325", api)

    assert finding.verdict == NOT_CHECKED
    assert "không trả bản ghi chi tiết" in finding.detail


def test_a_record_the_portal_marks_internal_is_internal() -> None:
    api = Api({"1.014000": [{"id": "u2", "code": "1.014000", "type": "STANDARD_INTERNAL"}]},
              {"u2": {"code": "1.014000", "type": "STANDARD_INTERNAL"}})

    assert check("1.014000", api).verdict == verdicts.INTERNAL
