"""The QĐ 766 formulas, each group with an example computed by hand (DOMAIN §4.3, docs/sandbox-statistics.md)."""

from decimal import Decimal

import pytest

from harness.rules.indicators import (
    GROUP_POINTS,
    SUB_INDICATOR_POINTS,
    group_score,
    score,
    scores_from_report,
    shown,
)

REPORT = {"Số kỳ trước chuyển qua": 4, "Mới tiếp nhận trực tuyến": 9, "Mới tiếp nhận trực tiếp": 2,
          "Mới tiếp nhận BCCI": 1, "Đã giải quyết đúng hạn": 10, "Đã giải quyết quá hạn": 2,
          "Đang giải quyết trong hạn": 3, "Đang giải quyết quá hạn": 1, "Tổng hồ sơ phải đồng bộ": 12,
          "Đã đồng bộ lên Cổng DVC QG": 11, "Tổng HS có nghĩa vụ tài chính": 3, "Số HS đã TTTT qua Cổng DVC QG": 2}


def test_the_six_groups_weigh_100_points_as_their_sub_indicators() -> None:
    assert sum(GROUP_POINTS.values()) == 100
    assert {group: sum(parts.values()) for group, parts in SUB_INDICATOR_POINTS.items()} == GROUP_POINTS


def test_tdgq_is_20_times_on_time_over_received() -> None:
    # 10 on time of 4 + 9 + 2 + 1 = 16 received: 20 × 10 / 16 = 12.5
    assert scores_from_report(REPORT)["ON_TIME"] == Decimal("12.50")


def test_ckmb_dossier_sync_and_the_group_sum() -> None:
    # 6 × 11 / 12 = 5.5; with PUBLISH_ON_TIME 6 × 1/1, PUBLIC_UPDATE_ON_TIME 4 × 2/3 = 2.666… → 2.67
    sync = scores_from_report(REPORT)["DOSSIER_SYNC"]
    assert sync == Decimal("5.50")
    assert group_score({"DOSSIER_SYNC": sync, "PUBLISH_ON_TIME": score(6, 1, 1), "PUBLIC_UPDATE_ON_TIME":
                        score(4, 2, 3), "PUBLIC_CONTENT_FULL": None}) == Decimal("14.17")


def test_online_dossier_share_is_6_times_online_over_new() -> None:
    # 9 online of 12 new: 6 × 9 / 12 = 4.5; the group with 2 × 1/1 and 4 × 1/3 = 1.33: 7.83
    online = scores_from_report(REPORT)["ONLINE_DOSSIER"]
    assert online == Decimal("4.50")
    assert group_score({"ONLINE_DOSSIER": online, "ONLINE_AVAILABLE": score(2, 1, 1),
                        "FULL_PROCESS_ONLINE": score(4, 1, 3)}) == Decimal("7.83")


def test_tttt_paid_online_is_6_times_paid_over_with_fees() -> None:
    # 2 of 3: 6 × 2 / 3 = 4.0; with 2 × 5/8 = 1.25 and 2 × 0/4 = 0: 5.25
    paid = scores_from_report(REPORT)["PAID_ONLINE"]
    assert paid == Decimal("4.00")
    assert group_score({"PAID_ONLINE": paid, "ONLINE_PAYMENT_ENABLED": score(2, 5, 8),
                        "ONLINE_PAYMENT_PROCEDURE": score(2, 0, 4)}) == Decimal("5.25")


def test_mdhl_petitions_answered_on_time() -> None:
    # 6 × 7 / 9 = 4.666… → 4.67; 6 × 1/1 = 6; 6 × 0/0 not happened: 10.67
    assert group_score({"PETITION_PROCESSING_ON_TIME": score(6, 7, 9), "DOSSIER_RECEIVING_SATISFACTION":
                        score(6, 1, 1), "PETITION_HANDLING_SATISFACTION": score(6, 0, 0)}) == Decimal("10.67")


def test_mdsh_original_result_available() -> None:
    # 6 × 5 / 8 = 3.75; 4 × 1/6 = 0.666… → 0.67: 4.42
    assert group_score({"ORIGINAL_RESULT_AVAILABLE": score(6, 5, 8),
                        "SO_HOA_GIAY_TO_GIAI_QUYET": score(4, 1, 6)}) == Decimal("4.42")


def test_half_a_cent_rounds_up_and_nothing_happened_scores_nothing() -> None:
    assert score(2, 1, 8) == Decimal("0.25")
    assert score(6, 1, 16) == Decimal("0.38")  # 0.375
    assert score(20, 0, 0) is None
    assert shown(None) == "Không phát sinh" and shown(Decimal("12.50")) == "12,50"


def test_a_numerator_above_its_denominator_is_an_error() -> None:
    with pytest.raises(ValueError):
        score(6, 3, 2)
