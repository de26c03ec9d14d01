"""The INIT message the portal sends the payment platform (DOMAIN §3.7), signed with the shared secret."""

from datetime import datetime

from sandbox.thanhtoan.signing import INIT_FIELDS, sign

PARTNER = "DVCQG"


def init_message(ma_tham_chieu: str, ma_ho_so: str, so_tien: int, at: datetime, ip: str, secret: str,
                 bien_lai: dict) -> dict:
    message = {"LoaiBanTin": "INIT", "PhienBan": "1.0.6", "MaDoiTac": PARTNER, "MaThamChieu": ma_tham_chieu,
               "SoTien": str(so_tien), "LoaiHinhThanhToan": "PAY", "MaKenhThanhToan": "1", "MaThietBi": "1",
               "NgonNgu": "vi-VN", "MaTienTe": "VND", "MaNganHang": "PAYMENT",
               "ThongTinGiaoDich": f"THANH TOAN HO SO {ma_ho_so}", "ThoiGianGD": at.strftime("%Y%m%d%H%M%S"),
               "Ip": ip}
    return {**message, "ThongTinBienLai": bien_lai, "MaXacThuc": sign(message, INIT_FIELDS, secret)}
