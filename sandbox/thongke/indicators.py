"""The QĐ 766 indicator groups with their 2026 weights (DOMAIN §4.3), scored for one unit and period from the
same counts as the "Tiến độ giải quyết" report. docs/sandbox-statistics.md says which sub-indicator the sandbox
can measure and how; the others are listed with their points and "Chưa có dữ liệu", never given points."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sandbox.thongke.progress import ProgressRow

GROUPS = (
    ("CKMB", "Công khai, minh bạch", 18),
    ("TDGQ", "Tiến độ giải quyết", 20),
    ("ONLINE", "Dịch vụ công trực tuyến", 12),
    ("TTTT", "Thanh toán trực tuyến", 10),
    ("MDHL", "Mức độ hài lòng", 18),
    ("MDSH", "Số hóa hồ sơ", 22),
)

# (group, code, points); the measured ones have a (numerator, denominator) reading below.
SUB_INDICATORS = (
    ("CKMB", "PUBLISH_ON_TIME", 6), ("CKMB", "PUBLIC_UPDATE_ON_TIME", 4), ("CKMB", "PUBLIC_CONTENT_FULL", 2),
    ("CKMB", "DOSSIER_SYNC", 6),
    ("TDGQ", "ON_TIME", 20),
    ("ONLINE", "ONLINE_AVAILABLE", 2), ("ONLINE", "FULL_PROCESS_ONLINE", 4), ("ONLINE", "ONLINE_DOSSIER", 6),
    ("TTTT", "ONLINE_PAYMENT_ENABLED", 2), ("TTTT", "ONLINE_PAYMENT_PROCEDURE", 2), ("TTTT", "PAID_ONLINE", 6),
    ("MDHL", "DOSSIER_RECEIVING_SATISFACTION", 6), ("MDHL", "PETITION_PROCESSING_ON_TIME", 6),
    ("MDHL", "PETITION_HANDLING_SATISFACTION", 6),
    ("MDSH", "ORIGINAL_RESULT_AVAILABLE", 6), ("MDSH", "SO_HOA_GIAY_TO_GIAI_QUYET", 4),
    ("MDSH", "REUSED_DIGITIZED_DATA", 2), ("MDSH", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 4),
    ("MDSH", "CITIZEN_DATA_CONNECTED_DOSSIER", 2), ("MDSH", "CITIZEN_DATA_CONNECTED_FORMALITY", 2),
    ("MDSH", "ELECTRONIC_CERTIFIED_COPY", 2),
)

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Score:
    group: str
    code: str
    points: int
    numerator: int | None
    denominator: int | None

    @property
    def measured(self) -> bool:
        return self.numerator is not None and bool(self.denominator)

    @property
    def value(self) -> Decimal | None:
        if not self.measured:
            return None
        return (Decimal(self.points) * self.numerator / self.denominator).quantize(CENT, ROUND_HALF_UP)


def received_total(c: dict[str, int]) -> int:
    return c["ky_truoc"] + c["moi_truc_tuyen"] + c["moi_truc_tiep"] + c["moi_bcci"]


def measured_ratios(row: ProgressRow, petitions: tuple[int, int], results: tuple[int, int]) -> dict:
    c = row.counts
    return {
        "DOSSIER_SYNC": (c["da_dong_bo"], c["phai_dong_bo"]),
        "ON_TIME": (c["da_giai_quyet_dung_han"], received_total(c)),
        "ONLINE_DOSSIER": (c["moi_truc_tuyen"], c["moi_truc_tuyen"] + c["moi_truc_tiep"] + c["moi_bcci"]),
        "PAID_ONLINE": (c["da_tttt"], c["co_nghia_vu_tai_chinh"]),
        "PETITION_PROCESSING_ON_TIME": petitions,
        "ORIGINAL_RESULT_AVAILABLE": results,
    }


def scores(row: ProgressRow, petitions: tuple[int, int], results: tuple[int, int]) -> list[Score]:
    ratios = measured_ratios(row, petitions, results)
    return [Score(group, code, points, *ratios.get(code, (None, None))) for group, code, points in SUB_INDICATORS]


def group_totals(all_scores: list[Score]) -> dict[str, Decimal]:
    totals = {key: Decimal("0.00") for key, _, _ in GROUPS}
    for score in all_scores:
        if score.value is not None:
            totals[score.group] += score.value
    return totals
