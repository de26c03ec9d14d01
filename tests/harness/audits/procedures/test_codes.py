"""A code as a unit writes it (harness/audits/procedures/codes.py): the catalogue's format, and every awkward shape
named for what it is, with what to write instead."""

import json
from pathlib import Path

import pytest

from harness.audits.procedures.codes import SHAPE, is_internal_series, read_code, stored_code_note

CATALOGUE = Path(__file__).parents[4] / "sandbox" / "data" / "portal-catalog" / "catalog.jsonl"


@pytest.mark.parametrize("written", ["1.004222", "2.000635", "3.000616", "6.000123", " 1.004222 ", "1.004222\u00a0"])
def test_a_well_formed_code_is_read_without_its_spaces(written: str) -> None:
    assert read_code(written).code == written.strip().replace("\u00a0", "")
    assert read_code(written).problem == ""


@pytest.mark.parametrize(("written", "words"), [
    ("1.0133611", "7 chữ số sau dấu chấm"),
    ("2.009182739", "9 chữ số sau dấu chấm"),
    ("1.00422", "5 chữ số sau dấu chấm"),
    ("7.000001", "chữ số đầu 7"),
    ("1,004222", SHAPE),
    ("mã 1.004222", SHAPE),
])
def test_a_malformed_code_says_what_a_code_looks_like(written: str, words: str) -> None:
    reading = read_code(written)

    assert reading.code == ""
    assert SHAPE in reading.problem and words in reading.problem
    assert f"“{written}”" in reading.problem


@pytest.mark.parametrize("written", ["1.014955-Xoa", "1.014955-xoa", "1.014955 - Xóa"])
def test_a_deleted_records_code_is_named_as_such(written: str) -> None:
    problem = read_code(written).problem

    assert "bản ghi đã xóa" in problem and "1.014955" in problem and SHAPE in problem


def test_a_case_code_and_a_local_variant_point_to_their_procedure() -> None:
    assert "mã một trường hợp của thủ tục 1.001193" in read_code("1.001193.01").problem
    assert "kèm mã cơ quan: ghi mã thủ tục 1.011442" in read_code("1.011442.000.00.00.H38").problem
    assert "kèm mã cơ quan: ghi mã thủ tục 2.000815" in read_code("2.000815.000.00.00.H55.02").problem


def test_the_5_and_6_series_are_internal() -> None:
    assert is_internal_series("5.003863") and is_internal_series("6.000001")
    assert not is_internal_series("1.004222") and not is_internal_series("3.000616")


def test_a_code_the_portal_stores_with_spaces_is_said_so() -> None:
    assert stored_code_note(" 1.014325") == "Cổng lưu mã là “ 1.014325” (có khoảng trắng thừa)"
    assert stored_code_note("1.014325") == ""


def test_every_code_of_the_real_catalogue_is_read_or_named() -> None:
    codes = [json.loads(line)["code"] for line in CATALOGUE.read_text(encoding="utf-8").splitlines() if line.strip()]

    readings = {code: read_code(code) for code in codes}

    refused = {code: reading.problem for code, reading in readings.items() if reading.problem}
    assert sorted(refused) == ["1.0133611", "1.014955-Xoa", "2.009182739"]
    assert "bản ghi đã xóa" in refused["1.014955-Xoa"]
    assert readings[" 1.014325"].code == "1.014325"
