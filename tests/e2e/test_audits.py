"""The three review audits of issue #10 on their example lists: in the run of every feature against the sandbox and
in the staging rehearsal, the table each produced — read back from its XLSX with openpyxl, as the unit forwards
it — gives every row of the list the expected verdict, written by hand in data/audits/<audit>/ket-luan-du-kien.csv.
Then the unit's own lists, each malformed in its own way (another encoding and a duplicate row, a workbook with an
unknown code, a missing column, an empty file): each problem is named by file, row and column and the good rows
are still reported."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from harness.audits.expected import read_expected
from harness.vietnam_time import VIETNAM
from tests.e2e.conftest import PROJECT_ROOT, HarnessRun, run_harness
from tests.harness.audits.test_table_input import windows_vietnamese

AUDITS = ("ra_soat_tai_khoan", "ra_soat_tthc", "chuyen_doi_ho_so")
EXAMPLES = PROJECT_ROOT / "data" / "audits"
UNIT_CODE = "000.21.31.H15"  # Công an Phường Tuy Hòa, whose lists the examples are


def table_of(run: HarnessRun, audit: str, example: bool = False, variant: str = "") -> list[dict[str, object]]:
    day = datetime.now(VIETNAM).date()
    folder = run.audits / "danh-sach-mau" / variant if example else run.audits
    path = folder / f"{audit.replace('_', '-')}-{UNIT_CODE}-{day:%Y%m%d}.xlsx"
    assert path.is_file(), (sorted(p.name for p in run.audits.rglob("*")), run.output[-3000:])
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def verdicts(table: list[dict[str, object]]) -> dict[int, list[tuple[str, str]]]:
    by_row: dict[int, list[tuple[str, str]]] = {}
    for row in table:
        if row["Dòng"]:
            by_row.setdefault(int(row["Dòng"]), []).append((str(row["Kết luận"]), str(row["Chi tiết"] or "")))
    return by_row


def example_list(audit: str) -> Path:
    expected = EXAMPLES / audit / "ket-luan-du-kien.csv"
    return next(path for path in sorted((EXAMPLES / audit).glob("*.csv")) if path != expected
                and path.name.startswith("danh-sach"))


def assert_as_expected(run: HarnessRun, audit: str, variant: str = "",
                       expected_file: str = "ket-luan-du-kien.csv") -> None:
    expected = read_expected(EXAMPLES / audit / expected_file)
    found = verdicts(table_of(run, audit, example=True, variant=variant))
    assert sorted(found) == sorted(expected), (audit, found)
    for row, (verdict, words) in expected.items():
        assert any(got == verdict and words.casefold() in detail.casefold() for got, detail in found[row]), (
            audit, row, found[row], verdict, words)


@pytest.mark.parametrize("audit", AUDITS)
def test_each_example_list_gets_the_expected_verdict_on_every_row_on_the_sandbox(all_features_run, audit):
    assert_as_expected(all_features_run, audit)


def test_the_accounts_audit_finds_a_server_that_opens_what_the_menu_hides(all_features_run):
    assert_as_expected(all_features_run, "ra_soat_tai_khoan", "motcua.quan_tri_khong_chan",
                       "ket-luan-khi-may-chu-khong-chan-quan-tri.csv")


@pytest.mark.parametrize("audit", AUDITS)
def test_each_example_list_gets_the_same_verdicts_in_the_staging_rehearsal(rehearsal_run, audit):
    assert_as_expected(rehearsal_run, audit)


def malformed_lists(folder: Path) -> dict[str, Path]:
    """The examples as a unit might really send them, each broken one way."""
    folder.mkdir(parents=True, exist_ok=True)
    roster = example_list("ra_soat_tai_khoan").read_text(encoding="utf-8")
    first_row = roster.splitlines()[1]
    accounts = folder / "can-bo-windows.csv"
    accounts.write_bytes(windows_vietnamese(roster.rstrip("\n") + "\n" + first_row + "\n"))

    with example_list("ra_soat_tthc").open(encoding="utf-8-sig", newline="") as lines:
        codes = list(csv.reader(lines))
    workbook = Workbook()
    for line in [*codes, ["9.999999", *[""] * (len(codes[0]) - 1)]]:
        workbook.active.append(line)
    procedures = folder / "thu-tuc.xlsx"
    workbook.save(procedures)

    with example_list("chuyen_doi_ho_so").open(encoding="utf-8-sig", newline="") as lines:
        dossiers = list(csv.reader(lines))
    dropped = dossiers[0].index("Ngày hẹn trả")
    migration = folder / "ho-so-thieu-cot.csv"
    with migration.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([[cell for i, cell in enumerate(row) if i != dropped] for row in dossiers])
    return {"ra_soat_tai_khoan": accounts, "ra_soat_tthc": procedures, "chuyen_doi_ho_so": migration}


@pytest.fixture(scope="module")
def malformed_run(tmp_path_factory: pytest.TempPathFactory) -> HarnessRun:
    folder = tmp_path_factory.mktemp("malformed")
    inputs = [f"--audit-input={audit}={path}" for audit, path in malformed_lists(folder / "lists").items()]
    return run_harness(folder, "steps", "-m", "danh_sach_don_vi", "--audit-unit=Công an Phường Tuy Hòa", *inputs)


def file_problems(table: list[dict[str, object]]) -> list[str]:
    return [str(row["Chi tiết"]) for row in table if not row["Dòng"]]


def test_a_list_in_windows_encoding_with_a_duplicate_row_says_both_and_audits_the_rest(malformed_run):
    table = table_of(malformed_run, "ra_soat_tai_khoan")
    assert any("không phải UTF-8" in problem and "cp1258" in problem for problem in file_problems(table))
    expected, found = read_expected(EXAMPLES / "ra_soat_tai_khoan" / "ket-luan-du-kien.csv"), verdicts(table)
    last = max(found)
    assert found[last][0][0] == "dữ liệu đầu vào lỗi" and "trùng với dòng 2" in found[last][0][1]
    assert {row: [v for v, _ in found[row]] for row in expected} == {row: [v] for row, (v, _) in expected.items()}


def test_a_workbook_list_is_audited_like_its_csv_and_an_unknown_code_is_answered_on_its_row(malformed_run):
    table = table_of(malformed_run, "ra_soat_tthc")
    expected, found = read_expected(EXAMPLES / "ra_soat_tthc" / "ket-luan-du-kien.csv"), verdicts(table)
    assert {row: found[row][0][0] for row in expected} == {row: v for row, (v, _) in expected.items()}
    assert max(found) == max(expected) + 1 and found[max(found)][0][0] != "chưa rà soát được"


def test_a_missing_column_is_named_and_the_rows_are_still_audited_by_the_others(malformed_run):
    table = table_of(malformed_run, "chuyen_doi_ho_so")
    assert any("cột “Ngày hẹn trả”" in problem and "thiếu cột" in problem for problem in file_problems(table))
    found = verdicts(table)
    assert found and all(entries[0][0] != "chưa rà soát được" for entries in found.values()), found


def test_the_unit_list_scenarios_fail_while_rows_are_not_right_and_are_skipped_without_a_list(malformed_run,
                                                                                             all_features_run):
    assert malformed_run.returncode != 0
    statuses = {r["name"]: r["status"] for r in malformed_run.result_files()}
    assert len(statuses) == 3 and set(statuses.values()) == {"failed"}, statuses
    skipped = [r for r in all_features_run.result_files() if r["status"] == "skipped"]  # the unit's own lists
    assert len(skipped) == 3 and all("--audit-input" in r["statusDetails"]["message"] for r in skipped)
