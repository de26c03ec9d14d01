"""The budgets of the main job and the verdict on a measured run."""

from __future__ import annotations

from harness.benchmark.budgets import (
    BUDGETS_SECONDS,
    REPORT,
    SMOKE,
    SUITE,
    Verdict,
    over_budget_sentence,
    verdicts,
)


def test_smoke_has_45_seconds_the_suite_three_minutes_and_the_report_build_five_seconds() -> None:
    assert BUDGETS_SECONDS == {SMOKE: 45, SUITE: 180, REPORT: 5}


def test_a_part_at_its_budget_is_within_it_and_a_part_above_is_not() -> None:
    measured = verdicts({SMOKE: 45.0, SUITE: 180.1, REPORT: 5.0})
    assert measured == [Verdict(SMOKE, 45.0, 45), Verdict(SUITE, 180.1, 180), Verdict(REPORT, 5.0, 5)]
    assert [v.within for v in measured] == [True, False, True]


def test_within_every_budget_there_is_nothing_to_say() -> None:
    assert over_budget_sentence(verdicts({SMOKE: 30.2, SUITE: 134.0, REPORT: 3.2})) is None


def test_one_sentence_names_each_part_over_its_budget() -> None:
    sentence = over_budget_sentence(verdicts({SMOKE: 50.04, SUITE: 200.0, REPORT: 7.5}))
    assert sentence == (
        "Vượt ngân sách thời gian: kịch bản smoke (pytest -m smoke) mất 50.0 s, quá ngân sách 45 s; "
        "bộ kịch bản (pytest) mất 200.0 s, quá ngân sách 180 s; "
        "dựng báo cáo Allure mất 7.5 s, quá ngân sách 5 s."
    )


def test_only_the_part_over_its_budget_is_named() -> None:
    sentence = over_budget_sentence(verdicts({SMOKE: 46.0, SUITE: 100.0, REPORT: 2.0}))
    assert sentence == "Vượt ngân sách thời gian: kịch bản smoke (pytest -m smoke) mất 46.0 s, quá ngân sách 45 s."
