"""The provincial "Tiến độ giải quyết" report of one unit for a period (DOMAIN §4.3), each count exactly as
docs/sandbox-statistics.md defines it."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sandbox.dongbo.national_store import NationalStore
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.statuses import Status
from sandbox.store import Store
from sandbox.thanhtoan.dossier_fee import fee_of
from sandbox.thanhtoan.ledger import dossiers_paid_online
from sandbox.thongke.period import Period

RESOLVED = frozenset({Status.DA_XU_LY_XONG, Status.DA_TRA_KET_QUA})
LEFT_UNRESOLVED = frozenset({Status.KHONG_DUOC_TIEP_NHAN, Status.CONG_DAN_RUT})
KENH = {2: "truc_tuyen", 1: "truc_tiep", 3: "bcci"}

# (key, column header) in the order of the report.
COLUMNS = (
    ("ky_truoc", "Số kỳ trước chuyển qua"),
    ("moi_truc_tuyen", "Mới tiếp nhận trực tuyến"),
    ("moi_truc_tiep", "Mới tiếp nhận trực tiếp"),
    ("moi_bcci", "Mới tiếp nhận BCCI"),
    ("da_giai_quyet_dung_han", "Đã giải quyết đúng hạn"),
    ("da_giai_quyet_qua_han", "Đã giải quyết quá hạn"),
    ("dang_giai_quyet_trong_han", "Đang giải quyết trong hạn"),
    ("dang_giai_quyet_qua_han", "Đang giải quyết quá hạn"),
    ("phai_dong_bo", "Tổng hồ sơ phải đồng bộ"),
    ("da_dong_bo", "Đã đồng bộ lên Cổng DVC QG"),
    ("co_nghia_vu_tai_chinh", "Tổng HS có nghĩa vụ tài chính"),
    ("da_tttt", "Số HS đã TTTT qua Cổng DVC QG"),
)


@dataclass(frozen=True)
class ProgressRow:
    unit_code: str
    unit_name: str
    counts: dict[str, int]

    def cells(self) -> list[int]:
        return [self.counts[key] for key, _ in COLUMNS]


def unit_dossiers(store: Store, unit_code: str) -> list[Dossier]:
    return [Dossier.from_row(row) for row in store.all("SELECT * FROM dossiers WHERE unit_code = ?", (unit_code,))]


def resolved_at(dossier: Dossier) -> datetime | None:
    return dossier.ngay_ket_thuc_xu_ly if dossier.trang_thai in RESOLVED else None


def _carried_in(dossier: Dossier, start: datetime) -> bool:
    """Accepted before the period and not resolved before it; refused or withdrawn dossiers never count."""
    if dossier.ngay_tiep_nhan is None or dossier.ngay_tiep_nhan >= start or dossier.trang_thai in LEFT_UNRESOLVED:
        return False
    done = resolved_at(dossier)
    return done is None or done >= start


def _still_open(dossier: Dossier, reference: datetime) -> bool:
    """Accepted by the reference moment and not resolved by it; refused or withdrawn dossiers never count."""
    if dossier.ngay_tiep_nhan is None or dossier.ngay_tiep_nhan > reference or dossier.trang_thai in LEFT_UNRESOLVED:
        return False
    done = resolved_at(dossier)
    return done is None or done > reference


def progress_row(store: Store, data_dir: Path, unit_code: str, unit_name: str, period: Period,
                 now: datetime) -> ProgressRow:
    dossiers = unit_dossiers(store, unit_code)
    counts = {key: 0 for key, _ in COLUMNS}
    reference = min(now, period.end)
    national = NationalStore(store)
    paid_online = dossiers_paid_online(store)
    for d in dossiers:
        if _carried_in(d, period.start):
            counts["ky_truoc"] += 1
        if period.holds(d.ngay_tiep_nhan) and d.kenh_thuc_hien in KENH:
            counts[f"moi_{KENH[d.kenh_thuc_hien]}"] += 1
        done = resolved_at(d)
        if period.holds(done) and d.ngay_hen_tra is not None:
            counts["da_giai_quyet_dung_han" if done <= d.ngay_hen_tra else "da_giai_quyet_qua_han"] += 1
        if _still_open(d, reference):
            late = d.ngay_hen_tra is not None and d.ngay_hen_tra < reference
            counts["dang_giai_quyet_qua_han" if late else "dang_giai_quyet_trong_han"] += 1
        if period.holds(d.ngay_nop) and not d.converted and d.ma_ho_so:
            counts["phai_dong_bo"] += 1
            counts["da_dong_bo"] += national.dossier(d.ma_ho_so) is not None
            if fee_of(store, data_dir, d).total > 0:
                counts["co_nghia_vu_tai_chinh"] += 1
                counts["da_tttt"] += d.ma_ho_so in paid_online
    return ProgressRow(unit_code, unit_name, counts)
