"""The budgets of the main job and the verdict on a measured run."""

from __future__ import annotations

from harness.benchmark.budgets import BUDGETS_SECONDS, REPORT, SUITE, Verdict, over_budget_sentence, verdicts


def test_the_suite_has_ten_minutes_and_the_report_build_one() -> None:
    assert BUDGETS_SECONDS == {SUITE: 600, REPORT: 60}


def test_a_part_at_its_budget_is_within_it_and_a_part_above_is_not() -> None:
    assert verdicts({SUITE: 600.0, REPORT: 60.1}) == [Verdict(SUITE, 600.0, 600), Verdict(REPORT, 60.1, 60)]
    assert [v.within for v in verdicts({SUITE: 600.0, REPORT: 60.1})] == [True, False]


def test_within_every_budget_there_is_nothing_to_say() -> None:
    assert over_budget_sentence(verdicts({SUITE: 312.4, REPORT: 5.0})) is None


def test_one_sentence_names_each_part_over_its_budget() -> None:
    sentence = over_budget_sentence(verdicts({SUITE: 700.04, REPORT: 75.0}))
    assert sentence == (
        "Vượt ngân sách thời gian: bộ kịch bản (pytest) mất 700.0 s, quá ngân sách 600 s; "
        "dựng báo cáo Allure mất 75.0 s, quá ngân sách 60 s."
    )


def test_only_the_part_over_its_budget_is_named() -> None:
    sentence = over_budget_sentence(verdicts({SUITE: 100.0, REPORT: 61.0}))
    assert sentence is not None and "dựng báo cáo Allure" in sentence and "bộ kịch bản" not in sentence
