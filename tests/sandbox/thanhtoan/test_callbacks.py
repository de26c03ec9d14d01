"""The callback signature check: valid, wrong key, wrong amount, replay, unknown reference."""

import hashlib

import pytest

from sandbox.thanhtoan.callbacks import (
    ALREADY_CONFIRMED,
    UNKNOWN_REFERENCE,
    WRONG_AMOUNT,
    WRONG_SIGNATURE,
    CallbackRefused,
    Expected,
    check_callback,
)
from sandbox.thanhtoan.signing import CALLBACK_FIELDS, sign

SECRET = "bi-mat-chung"


def callback(secret: str = SECRET, **changes) -> dict:
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MaDoiTac": "DVCQG", "MaThamChieu": "TT0001",
               "SoTien": "10000", "MaTienTe": "VND", "MaGiaoDich": "GD0001", "MaNganHang": "VCB",
               "ThoiGianGD": "20261202150000", "ThongTinGiaoDich": "THANH TOAN HO SO 000.21.31.H15-261202-0001"}
    message.update(changes)
    return {**message, "MaXacThuc": sign(message, CALLBACK_FIELDS, secret)}


def test_signature_is_sha256_of_pipe_joined_fields_and_secret():
    message = callback()
    joined = "CONFIRM|00|DVCQG|TT0001|10000|VND|GD0001|VCB|20261202150000|" \
             "THANH TOAN HO SO 000.21.31.H15-261202-0001|" + SECRET
    assert message["MaXacThuc"] == hashlib.sha256(joined.encode()).hexdigest()


def test_valid_callback_is_taken():
    check_callback(callback(), SECRET, Expected(10_000, frozenset()))


@pytest.mark.parametrize(("message", "expected", "refusal"), [
    (callback(secret="khoa-khac"), Expected(10_000, frozenset()), WRONG_SIGNATURE),
    ({**callback(), "SoTien": "1000"}, Expected(10_000, frozenset()), WRONG_SIGNATURE),
    (callback(SoTien="1000"), Expected(10_000, frozenset()), WRONG_AMOUNT),
    (callback(), Expected(10_000, frozenset({"GD0001"})), ALREADY_CONFIRMED),
    (callback(), None, UNKNOWN_REFERENCE),
], ids=["wrong-key", "amount-changed-after-signing", "wrong-amount", "replay", "unknown-reference"])
def test_refused_callbacks(message, expected, refusal):
    with pytest.raises(CallbackRefused, match=refusal):
        check_callback(message, SECRET, expected)
