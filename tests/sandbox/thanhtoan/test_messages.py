"""The INIT carries DOMAIN §3.7's fields and a MaXacThuc the platform can check with the shared secret."""

from datetime import datetime

from sandbox.thanhtoan.messages import init_message
from sandbox.thanhtoan.signing import INIT_FIELDS, is_signed


def test_init_fields_and_signature():
    message = init_message("TT0001", "000.21.31.H15-261202-0001", 10_000, datetime(2026, 12, 2, 15, 0), "127.0.0.1",
                           "bi-mat", {"MaHoSo": "000.21.31.H15-261202-0001"})
    assert (message["LoaiBanTin"], message["PhienBan"], message["SoTien"], message["ThoiGianGD"]) == (
        "INIT", "1.0.6", "10000", "20261202150000")
    assert message["ThongTinGiaoDich"] == "THANH TOAN HO SO 000.21.31.H15-261202-0001"
    assert is_signed(message, INIT_FIELDS, "bi-mat")
    assert not is_signed(message, INIT_FIELDS, "khoa-khac")
    assert not is_signed({**message, "SoTien": "1"}, INIT_FIELDS, "bi-mat")
