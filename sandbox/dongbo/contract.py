"""The national sync API v1 (DOMAIN §3.6) as both sides see it: services, answer codes, the date format.

The error codes other than "0" are the sandbox's choice; DOMAIN only says "0"/"00" is success and "3"/"-3"
and others are errors. Clients recognise a duplicate insert by "đã tồn tại" in the message, as real ones do.
"""

from datetime import datetime

from sandbox.clock import VIETNAM

SYNC_DOSSIERS = "DongBoHoSoMC"
PUSH_PROGRESS = "CapNhatTienDoHoSoMC"
LOOK_UP = "TraCuuHoSo"

OK = "0"
BAD_SESSION = "-1"
BAD_DATA = "-2"
SYSTEM_ERROR = "-3"
BAD_LOGIN = "-4"
SUCCESS_CODES = frozenset({"0", "00"})

ALREADY_EXISTS = "đã tồn tại"
SYSTEM_ERROR_MESSAGE = "Lỗi hệ thống"

DATE_FORMAT = "%Y%m%d%H%M%S"


def answer(error_code: str, message: str, **extra: object) -> dict:
    return {"error_code": error_code, "message": message, **extra}


def succeeded(reply: dict) -> bool:
    return str(reply.get("error_code")) in SUCCESS_CODES


def to_contract_date(value: datetime | None) -> str:
    """yyyyMMddHHmmss in Asia/Ho_Chi_Minh; an unset date travels as an empty string."""
    return value.astimezone(VIETNAM).strftime(DATE_FORMAT) if value else ""


def from_contract_date(text: str) -> datetime:
    """The datetime a contract date names; ValueError when it is not yyyyMMddHHmmss."""
    if len(text) != 14 or not text.isdigit():
        raise ValueError(text)
    return datetime.strptime(text, DATE_FORMAT).replace(tzinfo=VIETNAM)
