"""Officer roles (vai trò) of the one-stop back office (DOMAIN §7.4)."""

ROLES: dict[str, str] = {
    "MOT_CUA": "Cán bộ tiếp nhận (Bộ phận Một cửa)",
    "CHUYEN_VIEN": "Chuyên viên thụ lý",
    "LANH_DAO_PHONG": "Lãnh đạo phòng",
    "LANH_DAO_DON_VI": "Lãnh đạo đơn vị",
    "VAN_THU": "Văn thư",
    "KE_TOAN": "Kế toán",
    "QUAN_TRI_DON_VI": "Quản trị đơn vị",
    "QUAN_TRI_CSDL_TTHC": "Quản trị CSDL thủ tục hành chính",
    "XU_LY_PAKN": "Xử lý phản ánh, kiến nghị",
    "THONG_KE": "Thống kê báo cáo",
}
