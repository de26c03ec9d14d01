"""Every row of a list gets an answer — checked, unreadable, or broken while checked — in the list's order, with
each worker opening its check once; an interrupted audit resumes without checking its finished rows again."""

import threading

from harness.audits.findings import INPUT_PROBLEM, NOT_CHECKED, Finding
from harness.audits.journal import Journal
from harness.audits.runner import run_audit
from harness.audits.session import read_list
from tests.harness.audits.support import DEFINITION, list_file, opener, passing

GOOD = "Mã TTHC,Đơn vị,Ghi chú\n1.004222,Tuy Hòa,\n1.004194,Tuy Hòa,mới\n2.000635,Ea Kar,\n"


def audit(tmp_path, text, check=passing, workers=2, opened=None, journal=None):
    table = read_list(DEFINITION, list_file(tmp_path, text))
    journal = journal or Journal(tmp_path / "j.jsonl")
    return run_audit("ra_soat_tthc", table, "Mã TTHC", opener(check, opened), journal, workers,
                     tmp_path / "progress.txt")


def test_every_row_is_checked_once_in_the_lists_order_and_optional_cells_are_kept(tmp_path):
    result = audit(tmp_path, GOOD)
    assert [(f.row, f.key, f.verdict) for f in result.findings] == [
        (2, "1.004222", "đạt"), (3, "1.004194", "đạt"), (4, "2.000635", "đạt")]
    assert result.findings[1].values["Ghi chú"] == "mới"
    assert (tmp_path / "progress.txt").read_text(encoding="utf-8").startswith("[ra_soat_tthc] 3/3 dòng")


def test_each_worker_opens_its_check_once_and_rows_run_in_several_threads(tmp_path):
    threads, opened = set(), []

    def check(row):
        threads.add(threading.current_thread().name)
        return passing(row)

    rows = "".join(f"1.00{n:04d},Tuy Hòa,\n" for n in range(12))
    result = audit(tmp_path, "Mã TTHC,Đơn vị\n" + rows, check, workers=3, opened=opened)
    assert len(result.findings) == 12 and len(opened) == 3
    assert threads <= {"ra_soat_tthc-0", "ra_soat_tthc-1", "ra_soat_tthc-2"}


def test_a_row_whose_check_breaks_is_not_checked_with_the_reason_and_the_others_still_are(tmp_path):
    def check(row):
        if row.values["Mã TTHC"] == "1.004194":
            raise TimeoutError("trang không trả lời")
        return passing(row)

    result = audit(tmp_path, GOOD, check)
    assert [f.verdict for f in result.findings] == ["đạt", NOT_CHECKED, "đạt"]
    assert "TimeoutError: trang không trả lời" in result.findings[1].detail


def test_rows_the_input_made_unreadable_are_answered_with_their_problem_and_the_good_rows_are_audited(tmp_path):
    text = "Mã TTHC,Đơn vị\n1.004222,Tuy Hòa\n1.004194,\n1.004222,Tuy Hòa\n2.000635,Ea Kar\n"
    result = audit(tmp_path, text)
    assert [(f.row, f.verdict) for f in result.findings] == [
        (2, "đạt"), (3, INPUT_PROBLEM), (4, INPUT_PROBLEM), (5, "đạt")]
    assert result.findings[1].detail == "tệp danh-sach.csv, dòng 3, cột “Đơn vị”: ô trống, dòng này chưa được rà soát."
    assert "trùng với dòng 2" in result.findings[2].detail


def test_a_missing_column_is_a_problem_of_the_file_and_the_rows_are_still_audited_by_the_other_columns(tmp_path):
    result = audit(tmp_path, "Mã TTHC\n1.004222\n")
    assert [p.sentence() for p in result.problems] == ["tệp danh-sach.csv, dòng 1, cột “Đơn vị”: thiếu cột này ở "
                                                       "dòng tiêu đề."]
    assert [f.verdict for f in result.findings] == ["đạt"]


def test_an_empty_file_has_no_rows_and_says_so(tmp_path):
    result = audit(tmp_path, "")
    assert result.findings == [] and [p.message for p in result.problems] == ["tệp trống, không có dòng tiêu đề nào."]


def test_a_worker_that_cannot_open_its_check_leaves_its_rows_not_checked_with_why(tmp_path):
    from contextlib import contextmanager

    @contextmanager
    def broken():
        raise RuntimeError("không mở được trình duyệt")
        yield

    table = read_list(DEFINITION, list_file(tmp_path, GOOD))
    result = run_audit("ra_soat_tthc", table, "Mã TTHC", broken, Journal(tmp_path / "j.jsonl"), 2)
    assert {f.verdict for f in result.findings} == {NOT_CHECKED}
    assert "không mở được trình duyệt" in result.findings[0].detail


def test_an_interrupted_audit_resumes_without_checking_its_finished_rows_and_then_forgets_them(tmp_path):
    checked = []

    class Interrupted(BaseException):
        """What stops a worker as the run is killed: not a row's breakage, so no finding is made of it."""

    def interrupted(row):
        if row.values["Mã TTHC"] == "2.000635":
            raise Interrupted
        return passing(row)

    journal_path = tmp_path / "j.jsonl"
    first = audit(tmp_path, GOOD, interrupted, workers=1)
    assert [f.verdict for f in first.findings] == ["đạt", "đạt", NOT_CHECKED]
    assert len(journal_path.read_text(encoding="utf-8").splitlines()) == 2

    def counting(row):
        checked.append(row.values["Mã TTHC"])
        return passing(row)

    result = audit(tmp_path, GOOD, counting, workers=1, journal=Journal(journal_path))
    assert checked == ["2.000635"] and result.resumed == 2 and len(result.findings) == 3
    assert not journal_path.exists()  # complete: the next audit checks everything again


def test_a_list_whose_rows_were_all_found_before_opens_no_check(tmp_path):
    table = read_list(DEFINITION, list_file(tmp_path, GOOD))
    journal, opened = Journal(tmp_path / "j.jsonl"), []
    for row in table.rows:
        journal.keep(row, passing(row))
    result = run_audit("ra_soat_tthc", table, "Mã TTHC", opener(opened=opened), journal, 2)
    assert opened == [] and result.resumed == 3 and [f.verdict for f in result.findings] == ["đạt"] * 3


def test_a_mended_row_is_checked_again_and_the_others_keep_their_findings_at_their_new_lines(tmp_path):
    journal = Journal(tmp_path / "j.jsonl")
    journal.keep(read_list(DEFINITION, list_file(tmp_path, GOOD)).rows[2], Finding(4, "2.000635", "đạt"))
    checked = []

    def counting(row):
        checked.append(row.values["Mã TTHC"])
        return passing(row)

    mended = "Mã TTHC,Đơn vị,Ghi chú\n2.000635,Ea Kar,\n1.004222,Tuy Hòa,sửa\n"
    result = audit(tmp_path, mended, counting, workers=1, journal=journal)
    assert checked == ["1.004222"]
    assert [(f.row, f.key) for f in result.findings] == [(2, "2.000635"), (3, "1.004222")]


def test_a_province_sized_list_is_answered_row_by_row_with_its_progress(tmp_path):
    rows = "".join(f"1.{n:06d},Tuy Hòa\n" for n in range(5000))
    first = audit(tmp_path, "Mã TTHC,Đơn vị\n" + rows, workers=4)
    assert len(first.findings) == 5000 and {f.verdict for f in first.findings} == {"đạt"}
    assert (tmp_path / "progress.txt").read_text(encoding="utf-8").startswith("[ra_soat_tthc] 5000/5000 dòng")
