"""A callback a third party could send the portal: the fields of a success, signed with a key that is not the
shared secret (a random one), so that a portal that checks MaXacThuc refuses it."""

import hashlib
import secrets
from datetime import datetime

FIELDS = ("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "SoTien", "MaTienTe", "MaGiaoDich", "MaNganHang",
          "ThoiGianGD", "ThongTinGiaoDich")


def forged_success(ma_tham_chieu: str, ma_ho_so: str, so_tien: int) -> dict:
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MoTaLoi": "Giao dịch thành công", "MaDoiTac": "DVCQG",
               "MaThamChieu": ma_tham_chieu, "SoTien": str(so_tien), "MaTienTe": "VND",
               "MaGiaoDich": f"GD{secrets.randbelow(10**10):010d}", "MaNganHang": "VCB",
               "ThoiGianGD": datetime.now().strftime("%Y%m%d%H%M%S"),
               "ThongTinGiaoDich": f"THANH TOAN HO SO {ma_ho_so}", "TrangThaiGD": "1"}
    wrong_key = secrets.token_hex(16)
    joined = "|".join([*(message[name] for name in FIELDS), wrong_key])
    return {**message, "MaXacThuc": hashlib.sha256(joined.encode("utf-8")).hexdigest()}
