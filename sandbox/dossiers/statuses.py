"""The DVCQG dossier status codes 1–10 and the derived "quá hạn" / "tới hạn" flags (DOMAIN §3.3).

"Quá hạn" (overdue) is not a status: a dossier is overdue when now is past its appointment date
(NgayHenTra) while its status is still open, that is not in {3, 7, 9, 10}. "Tới hạn" (due soon) is the
same idea ahead of time: the appointment date falls within a window from now.
"""

from datetime import datetime, timedelta
from enum import IntEnum


class Status(IntEnum):
    """TrangThaiHoSo as the national sync list codes it; member names follow DOMAIN §3.4."""

    MOI_DANG_KY = 1
    DA_TIEP_NHAN = 2
    KHONG_DUOC_TIEP_NHAN = 3
    DANG_XU_LY = 4
    YEU_CAU_BO_SUNG = 5
    YEU_CAU_NGHIA_VU_TAI_CHINH = 6
    CONG_DAN_RUT = 7
    DUNG_XU_LY = 8
    DA_XU_LY_XONG = 9
    DA_TRA_KET_QUA = 10

    @property
    def ten(self) -> str:
        """The status name exactly as DVCQG writes it."""
        return _TEN[self]


_TEN = {
    Status.MOI_DANG_KY: "Mới đăng ký",
    Status.DA_TIEP_NHAN: "Được tiếp nhận",
    Status.KHONG_DUOC_TIEP_NHAN: "Không được tiếp nhận",
    Status.DANG_XU_LY: "Đang xử lý",
    Status.YEU_CAU_BO_SUNG: "Yêu cầu bổ sung giấy tờ",
    Status.YEU_CAU_NGHIA_VU_TAI_CHINH: "Yêu cầu thực hiện nghĩa vụ tài chính",
    Status.CONG_DAN_RUT: "Công dân yêu cầu rút hồ sơ",
    Status.DUNG_XU_LY: "Dừng xử lý",
    Status.DA_XU_LY_XONG: "Đã xử lý xong",
    Status.DA_TRA_KET_QUA: "Đã trả kết quả",
}

# DUNG_XU_LY is absent on purpose: DOMAIN §3.3 keeps the deadline running on a stopped dossier.
DEADLINE_CLOSED = frozenset({
    Status.KHONG_DUOC_TIEP_NHAN,
    Status.CONG_DAN_RUT,
    Status.DA_XU_LY_XONG,
    Status.DA_TRA_KET_QUA,
})

DEFAULT_DUE_SOON_WINDOW = timedelta(hours=24)


def is_overdue(status: Status, due_at: datetime | None, now: datetime) -> bool:
    """Quá hạn: now is past the appointment date and the dossier's deadline still runs."""
    return due_at is not None and status not in DEADLINE_CLOSED and now > due_at


def is_due_soon(
    status: Status, due_at: datetime | None, now: datetime, window: timedelta = DEFAULT_DUE_SOON_WINDOW
) -> bool:
    """Tới hạn: not overdue yet, but the appointment date falls within `window` from now."""
    if due_at is None or status in DEADLINE_CLOSED:
        return False
    return now <= due_at <= now + window
