"""Times and fees per channel (harness/audits/procedures/channels.py): the missing and the implausible are problems,
the catalogue's odd but real ways (OTHER, fractions, no fee listed) are said as they are; no record of the real
catalogue breaks the review."""

import json
from pathlib import Path

import pytest

from harness.audits.procedures.channels import money, offers_online, review_channels

DETAILS = Path(__file__).parents[4] / "sandbox" / "data" / "portal-catalog" / "details"


def method(channel: str = "ONLINE", time: object = 3, unit: object = "WORKING_DAY", fees: list | None = None) -> dict:
    return {"submissionMethod": channel, "processingTime": time, "processingTimeUnit": unit,
            "fees": [{"type": "FEE", "value": 10000}] if fees is None else fees}


def test_a_plausible_record_has_no_problem_and_shows_each_channel() -> None:
    review = review_channels({"executionMethods": [method(), method("DIRECT", fees=[{"type": "FEE", "value": 20000}])]})

    assert review.problems == [] and review.notes == []
    assert review.seen == ["Trực tuyến: 3 ngày làm việc; lệ phí 10.000 đ",
                           "Trực tiếp: 3 ngày làm việc; lệ phí 20.000 đ"]


def test_a_fee_stored_in_thousands_is_implausible_and_says_what_was_meant() -> None:
    """2.001610 (DNTN): the online fee is `100` where 100.000 đ was meant (DOMAIN §3.8)."""
    review = review_channels({"executionMethods": [method(fees=[{"type": "FEE", "value": 100}]),
                                                   method("DIRECT", fees=[{"type": "FEE", "value": 100000}])]})

    assert review.problems == ["Trực tuyến: lệ phí 100 đ không hợp lý — không có mức thu nào dưới 1.000 đ; có lẽ "
                               "100.000 đ bị lưu thành 100"]


@pytest.mark.parametrize(("fees", "problem"), [
    ([{"type": "SERVICE_FEE", "value": None}], "Trực tuyến: phí không ghi mức thu"),
    ([{"type": "SERVICE_FEE", "value": None, "description": "  "}], "Trực tuyến: phí không ghi mức thu"),
    ([{"type": "PRICE_LEVEL", "value": -5000}], "Trực tuyến: giá -5.000 đ (âm)"),
    ([{"type": "FEE", "value": "abc"}], "Trực tuyến: lệ phí không ghi mức thu"),
])
def test_a_fee_without_a_usable_value_is_a_problem(fees: list, problem: str) -> None:
    assert review_channels({"executionMethods": [method(fees=fees)]}).problems == [problem]


def test_a_fee_in_another_currency_is_shown_in_it_and_not_weighed_in_dong() -> None:
    """1.000736, registered at a consulate: 20 USD."""
    review = review_channels({"executionMethods": [method(fees=[{"type": "FEE", "value": 20, "currencyName": "USD"}])]})

    assert review.problems == []
    assert review.seen == ["Trực tuyến: 3 ngày làm việc; lệ phí 20 USD"]


def test_a_zero_fee_and_no_fee_item_are_not_problems() -> None:
    free = method(fees=[{"type": "FEE", "value": 0}])

    review = review_channels({"executionMethods": [free, method("DIRECT", fees=[])]})

    assert review.problems == []
    assert review.seen == ["Trực tuyến: 3 ngày làm việc; lệ phí miễn (0 đ)",
                           "Trực tiếp: 3 ngày làm việc; không ghi phí, lệ phí (hiểu là không thu)"]


@pytest.mark.parametrize(("time", "unit", "problem"), [
    (None, "WORKING_DAY", "Trực tuyến: thiếu thời hạn giải quyết"),
    ("", "WORKING_DAY", "Trực tuyến: thiếu thời hạn giải quyết"),
    (0, "WORKING_DAY", "Trực tuyến: thời hạn giải quyết 0 (phải lớn hơn 0)"),
    (3, None, "Trực tuyến: thời hạn 3 không có đơn vị"),
    (3, "WEEK", "Trực tuyến: thời hạn 3 có đơn vị “WEEK” không rõ"),
])
def test_a_missing_or_impossible_time_is_a_problem(time: object, unit: object, problem: str) -> None:
    assert review_channels({"executionMethods": [method(time=time, unit=unit)]}).problems == [problem]


def test_fractional_days_the_unit_other_and_a_time_in_words_are_reported_as_they_are() -> None:
    record = {"executionMethods": [method(time=6.25), method("DIRECT", time=0, unit="OTHER"),
                                   method("POSTAL", time="Không quá 15 ngày")],
              "cases": [{"code": "2.000635.01", "processingDay": {"qty": 1, "type": "DAY"}}, {"code": "2.000635.02"}]}

    review = review_channels(record)

    assert review.problems == []
    assert review.notes == ["Trực tuyến: thời hạn 6,25 ngày làm việc (số lẻ, ghi như Cổng)",
                            "Trực tiếp: thời hạn 0 với đơn vị OTHER (khác), ghi như Cổng; theo trường hợp: 1 DAY",
                            "Dịch vụ bưu chính: thời hạn ghi “Không quá 15 ngày”, không phải một con số (ghi như Cổng)"]


def test_a_fee_without_a_value_but_with_its_text_is_reported_as_it_is() -> None:
    fee = {"type": "FEE", "value": None, "description": "Chi tiết tại biểu phí, lệ phí kèm theo"}

    review = review_channels({"executionMethods": [method(fees=[fee])]})

    assert review.problems == []
    assert review.notes == ["Trực tuyến: lệ phí không ghi mức thu, ghi “Chi tiết tại biểu phí, lệ phí kèm theo” (ghi "
                            "như Cổng)"]


def test_an_unknown_channel_and_a_record_without_channels_are_problems() -> None:
    assert review_channels({"executionMethods": [method("FAX")]}).problems == [
        "cách thức thực hiện “FAX” không rõ (chờ ONLINE, DIRECT, POSTAL)"]
    assert review_channels({"executionMethods": []}).problems == [
        "Cổng không ghi cách thức thực hiện nào (không có thời hạn, phí, lệ phí)"]
    assert review_channels({"executionMethods": [method("POST")]}).seen[0].startswith("Dịch vụ bưu chính: ")


def test_online_is_offered_only_with_an_online_channel_and_not_offline_only() -> None:
    assert offers_online({"executionMethods": [method()]})
    assert not offers_online({"executionMethods": [method("DIRECT")]})
    assert not offers_online({"executionMethods": [method()], "isOfflineOnly": True})


def test_money_is_written_the_vietnamese_way() -> None:
    assert (money(100000), money(2000), money(0.5)) == ("100.000 đ", "2.000 đ", "0,5 đ")


def test_every_record_of_the_real_catalogue_is_reviewed_without_breaking() -> None:
    records = {path.stem: json.loads(path.read_text(encoding="utf-8"))["data"] for path in DETAILS.glob("*.json")}

    reviews = {code: review_channels(record) for code, record in records.items()}

    assert len(reviews) == 502
    assert any("100 đ không hợp lý" in problem for problem in reviews["2.001610"].problems)
    assert not reviews["1.004222"].problems
