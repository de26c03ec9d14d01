"""The portal's check of the platform's server-to-server callback (POST /DvcPayment/Confirm, DOMAIN §3.7): a
refused callback changes nothing, and says why in the platform's words."""

from collections.abc import Mapping
from dataclasses import dataclass

from sandbox.thanhtoan.signing import CALLBACK_FIELDS, is_signed

WRONG_SIGNATURE = "Mã xác thực không chính xác"
UNKNOWN_REFERENCE = "Không tìm thấy yêu cầu thanh toán có mã tham chiếu này"
WRONG_AMOUNT = "Số tiền không khớp với yêu cầu thanh toán"
ALREADY_CONFIRMED = "Giao dịch đã được xác nhận trước đó"
SUCCESS = "00"


class CallbackRefused(Exception):
    """One sentence the portal answers the platform with (MoTaLoi)."""


@dataclass(frozen=True)
class Expected:
    """What the portal knows of the payment request the callback names."""

    so_tien: int
    confirmed_transactions: frozenset[str]


def check_callback(message: Mapping[str, object], secret: str, expected: Expected | None) -> None:
    """Raises CallbackRefused unless the callback is signed with the shared secret, names a known request, for
    its amount, and is not one already taken."""
    if not is_signed(message, CALLBACK_FIELDS, secret):
        raise CallbackRefused(WRONG_SIGNATURE)
    if expected is None:
        raise CallbackRefused(UNKNOWN_REFERENCE)
    if str(message.get("SoTien")) != str(expected.so_tien):
        raise CallbackRefused(WRONG_AMOUNT)
    if str(message.get("MaGiaoDich")) in expected.confirmed_transactions:
        raise CallbackRefused(ALREADY_CONFIRMED)


def is_success(message: Mapping[str, object]) -> bool:
    return str(message.get("MaLoi")) == SUCCESS
