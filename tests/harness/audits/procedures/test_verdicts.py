"""A row's finding from its problems (harness/audits/procedures/verdicts.py) and the decision numbers compared
(decision.py)."""

from harness.audits.procedures import verdicts
from harness.audits.procedures.decision import same_decision
from harness.audits.procedures.verdicts import Review
from harness.audits.table_input import Row

ROW = Row(4, {"Mã TTHC": "1.010038", "Số quyết định công bố": "1523/QĐ-BCA-C06"})


def test_a_row_without_problems_is_published_and_configured_with_what_was_seen() -> None:
    review = Review()
    review.see("quyết định công bố 9354/QĐ-BCA-C06")
    review.see("Chọn cơ quan thực hiện: Tỉnh Đắk Lắk › Phường Tuy Hòa")

    finding = review.finding(ROW, "1.010038")

    assert (finding.row, finding.key, finding.verdict) == (4, "1.010038", verdicts.OK)
    assert finding.evidence == ("quyết định công bố 9354/QĐ-BCA-C06; "
                                "Chọn cơ quan thực hiện: Tỉnh Đắk Lắk › Phường Tuy Hòa")
    assert finding.values == ROW.values


def test_the_verdict_is_the_first_problem_in_the_order_of_the_checks_and_the_detail_tells_all() -> None:
    review = Review()
    review.problem(verdicts.NOT_CONFIGURED, "không có Phường Tuy Hòa")
    review.problem(verdicts.TIME_OR_FEE, "lệ phí 100 đ không hợp lý")
    review.problem(verdicts.WRONG_DECISION, "Cổng công bố theo 9354/QĐ-BCA-C06")

    finding = review.finding(ROW, "1.010038")

    assert finding.verdict == verdicts.WRONG_DECISION
    assert finding.detail == "không có Phường Tuy Hòa; lệ phí 100 đ không hợp lý; Cổng công bố theo 9354/QĐ-BCA-C06"


def test_decisions_are_the_same_whatever_the_spacing_case_or_a_missing_diacritic() -> None:
    assert same_decision("9354/QĐ-BCA-C06", "9354/QĐ-BCA-C06")
    assert same_decision(" 9354 / qđ-bca-c06 ", "9354/QĐ-BCA-C06")
    assert same_decision("9354/QD-BCA-C06", "9354/QĐ-BCA-C06")
    assert not same_decision("1523/QĐ-BCA-C06", "9354/QĐ-BCA-C06")
    assert not same_decision("9354/QĐ-BCA", "9354/QĐ-BCA-C06")
