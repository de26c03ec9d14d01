"""The QĐ 766 indicator scores (Bộ chỉ số phục vụ người dân, doanh nghiệp), computed independently of any
portal from the 2026 weights of the national reporting API (DOMAIN §4.3) and the readings stated in
docs/sandbox-statistics.md:

- a sub-indicator scores points × numerator / denominator, rounded half up to 2 decimals;
- no denominator (nothing happened in the period) is "Không phát sinh": no score, never full points;
- a group's score is the sum of its scored sub-indicators; the six groups weigh 100 points.

What each ratio counts, for the ones computed from the "Tiến độ giải quyết" columns:
TDGQ = Đã giải quyết đúng hạn / (Số kỳ trước chuyển qua + mới tiếp nhận trực tuyến + trực tiếp + BCCI);
ONLINE_DOSSIER = mới tiếp nhận trực tuyến / all mới tiếp nhận; DOSSIER_SYNC = đã đồng bộ / phải đồng bộ;
PAID_ONLINE = đã TTTT / có nghĩa vụ tài chính.
"""

from decimal import ROUND_HALF_UP, Decimal

GROUP_POINTS = {"CKMB": 18, "TDGQ": 20, "ONLINE": 12, "TTTT": 10, "MDHL": 18, "MDSH": 22}

SUB_INDICATOR_POINTS = {
    "CKMB": {"PUBLISH_ON_TIME": 6, "PUBLIC_UPDATE_ON_TIME": 4, "PUBLIC_CONTENT_FULL": 2, "DOSSIER_SYNC": 6},
    "TDGQ": {"ON_TIME": 20},
    "ONLINE": {"ONLINE_AVAILABLE": 2, "FULL_PROCESS_ONLINE": 4, "ONLINE_DOSSIER": 6},
    "TTTT": {"ONLINE_PAYMENT_ENABLED": 2, "ONLINE_PAYMENT_PROCEDURE": 2, "PAID_ONLINE": 6},
    "MDHL": {"DOSSIER_RECEIVING_SATISFACTION": 6, "PETITION_PROCESSING_ON_TIME": 6,
             "PETITION_HANDLING_SATISFACTION": 6},
    "MDSH": {"ORIGINAL_RESULT_AVAILABLE": 6, "SO_HOA_GIAY_TO_GIAI_QUYET": 4, "REUSED_DIGITIZED_DATA": 2,
             "SYNCED_WITH_DVCQG_PERSONAL_STORAGE": 4, "CITIZEN_DATA_CONNECTED_DOSSIER": 2,
             "CITIZEN_DATA_CONNECTED_FORMALITY": 2, "ELECTRONIC_CERTIFIED_COPY": 2},
}

CENT = Decimal("0.01")

# The report's column headers the ratios read (docs/sandbox-statistics.md).
CARRIED = "Số kỳ trước chuyển qua"
NEW = ("Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Mới tiếp nhận BCCI")
ON_TIME = "Đã giải quyết đúng hạn"
TO_SYNC, SYNCED = "Tổng hồ sơ phải đồng bộ", "Đã đồng bộ lên Cổng DVC QG"
WITH_FEES, PAID_ONLINE = "Tổng HS có nghĩa vụ tài chính", "Số HS đã TTTT qua Cổng DVC QG"


def points_of(code: str) -> int:
    for indicators in SUB_INDICATOR_POINTS.values():
        if code in indicators:
            return indicators[code]
    raise KeyError(f"Không có chỉ số {code} trong QĐ 766 (DOMAIN §4.3).")


def score(points: int, numerator: int, denominator: int) -> Decimal | None:
    """points × numerator / denominator, half up to 2 decimals; None when nothing happened (denominator 0)."""
    if denominator == 0:
        return None
    if not 0 <= numerator <= denominator:
        raise ValueError(f"Tử số {numerator} phải nằm trong 0…{denominator}.")
    return (Decimal(points) * numerator / denominator).quantize(CENT, ROUND_HALF_UP)


def ratios_from_report(counts: dict[str, int]) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) of the sub-indicators the "Tiến độ giải quyết" columns decide."""
    new = sum(counts[header] for header in NEW)
    return {
        "ON_TIME": (counts[ON_TIME], counts[CARRIED] + new),
        "ONLINE_DOSSIER": (counts[NEW[0]], new),
        "DOSSIER_SYNC": (counts[SYNCED], counts[TO_SYNC]),
        "PAID_ONLINE": (counts[PAID_ONLINE], counts[WITH_FEES]),
    }


def scores_from_report(counts: dict[str, int]) -> dict[str, Decimal | None]:
    return {code: score(points_of(code), *ratio) for code, ratio in ratios_from_report(counts).items()}


def group_score(scored: dict[str, Decimal | None]) -> Decimal:
    """A group's score from its sub-indicators' scores (None ones left out)."""
    return sum((value for value in scored.values() if value is not None), Decimal("0.00"))


def shown(value: Decimal | None) -> str:
    """As the report writes a score: 13,33; "Không phát sinh" when there is none."""
    return "Không phát sinh" if value is None else f"{value:.2f}".replace(".", ",")
