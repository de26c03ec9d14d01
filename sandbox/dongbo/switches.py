"""The fault switches of the status sync (docs/sandbox-faults.md)."""

from sandbox.faults import FaultSwitches

SYSTEM_ERROR = "dongbo.loi_he_thong"
SESSION_EXPIRES = "dongbo.het_phien"
SLOW = "dongbo.cham"
STALE_COPY = "dongbo.da_ton_tai"
MERGED_STATUSES = "dongbo.gop_trang_thai"

_DESCRIPTIONS = {
    SYSTEM_ERROR: "Cổng DVCQG trả error_code \"-3\" \"Lỗi hệ thống\" cho mọi lời gọi; bên gửi thử lại.",
    SESSION_EXPIRES: "Mỗi phiên chỉ dùng được một lời gọi: lời gọi sau thấy phiên đã hết hạn; bên gửi xác thực lại.",
    SLOW: "Cổng DVCQG trả lời chậm thêm slow_ms (mặc định 5 giây) mỗi lời gọi.",
    STALE_COPY: "Cổng DVCQG đã giữ sẵn một bản cũ của mỗi hồ sơ mới: lệnh thêm mới gặp \"đã tồn tại\", "
                "bên gửi phải gửi lại dạng cập nhật.",
    MERGED_STATUSES: "Bên gửi của tỉnh gộp trạng thái 5, 6, 8 thành 9 (lỗi ánh xạ đã biết, DOMAIN §3.3).",
}


def declare(faults: FaultSwitches) -> None:
    for name, description in _DESCRIPTIONS.items():
        faults.declare(name, description)
