"""Callbacks the harness sends the portal's callback address as the payment platform would (DOMAIN §3.7): a
success signed with the shared secret, as the platform signs it, and a forgery signed with a key that is not
(a random one), so that a portal that checks MaXacThuc takes the one and refuses the other."""

import hashlib
import secrets
from datetime import datetime

FIELDS = ("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "SoTien", "MaTienTe", "MaGiaoDich", "MaNganHang",
          "ThoiGianGD", "ThongTinGiaoDich")


def signed_success(ma_tham_chieu: str, ma_ho_so: str, so_tien: int, key: str) -> dict:
    """A CONFIRM of a successful transaction (a new MaGiaoDich) for `so_tien` đồng, signed with `key`."""
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MoTaLoi": "Giao dịch thành công", "MaDoiTac": "DVCQG",
               "MaThamChieu": ma_tham_chieu, "SoTien": str(so_tien), "MaTienTe": "VND",
               "MaGiaoDich": f"GD{secrets.randbelow(10**10):010d}", "MaNganHang": "VCB",
               "ThoiGianGD": datetime.now().strftime("%Y%m%d%H%M%S"),
               "ThongTinGiaoDich": f"THANH TOAN HO SO {ma_ho_so}", "TrangThaiGD": "1"}
    joined = "|".join([*(message[name] for name in FIELDS), key])
    return {**message, "MaXacThuc": hashlib.sha256(joined.encode("utf-8")).hexdigest()}


def forged_success(ma_tham_chieu: str, ma_ho_so: str, so_tien: int) -> dict:
    return signed_success(ma_tham_chieu, ma_ho_so, so_tien, secrets.token_hex(16))
