"""MaXacThuc of the payment platform's messages (DOMAIN §3.7): SHA-256 hex of the pipe-joined fields and the
shared secret. The secret comes from DVCQG_THANHTOAN_SECRET at start (a random one when unset) and is never
logged nor shown."""

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping

SECRET_ENV = "DVCQG_THANHTOAN_SECRET"
INIT_FIELDS = ("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien", "LoaiHinhThanhToan",
               "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang", "ThongTinGiaoDich",
               "ThoiGianGD", "Ip")
CALLBACK_FIELDS = ("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "SoTien", "MaTienTe", "MaGiaoDich",
                   "MaNganHang", "ThoiGianGD", "ThongTinGiaoDich")
QUERY_FIELDS = ("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD")


def shared_secret() -> str:
    return os.environ.get(SECRET_ENV) or secrets.token_hex(32)


def sign(message: Mapping[str, object], fields: tuple[str, ...], secret: str) -> str:
    joined = "|".join([*(str(message.get(name, "")) for name in fields), secret])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def is_signed(message: Mapping[str, object], fields: tuple[str, ...], secret: str) -> bool:
    return hmac.compare_digest(str(message.get("MaXacThuc", "")), sign(message, fields, secret))
