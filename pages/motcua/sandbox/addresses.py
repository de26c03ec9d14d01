"""Where the sandbox's one-stop system serves what an officer reaches without a link, relative to its base
(`env.url("motcua")`): a menu entry's address typed in by an officer who does not have the entry, and the
addresses of the actions a crafted request is sent to. Every other page is reached through its links."""

ENTRY_ADDRESSES = {
    ("Tiếp nhận hồ sơ", "Mới tiếp nhận"): "/tiep-nhan-ho-so/moi-tiep-nhan",
    ("Tiếp nhận hồ sơ", "Chờ tiếp nhận trực tuyến"): "/tiep-nhan-ho-so/cho-tiep-nhan-truc-tuyen",
    ("Tiếp nhận hồ sơ", "Từ chối tiếp nhận"): "/tiep-nhan-ho-so/tu-choi-tiep-nhan",
    ("Tiếp nhận hồ sơ", "Đã chuyển xử lý"): "/tiep-nhan-ho-so/da-chuyen-xu-ly",
    ("Thống kê báo cáo", "Tiến độ giải quyết"): "/thong-ke-bao-cao/tien-do-giai-quyet",
}
ACTION_ADDRESSES = {
    "Tiếp nhận": "tiep-nhan",
    "Từ chối tiếp nhận": "tu-choi-tiep-nhan",
    "Yêu cầu bổ sung": "yeu-cau-bo-sung",
    "Chuyển xử lý": "chuyen-xu-ly",
    "Dừng xử lý": "dung-xu-ly",
    "Phê duyệt và ký số": "phe-duyet-ky-so",
    "Trả kết quả": "tra-ket-qua",
}


def entry_address(base: str, group: str, entry: str) -> str:
    return f"{base}{ENTRY_ADDRESSES[(group, entry)]}"


def action_address(base: str, ma_ho_so: str, action: str) -> str:
    return f"{base}/ho-so/{ma_ho_so}/{ACTION_ADDRESSES[action]}"
