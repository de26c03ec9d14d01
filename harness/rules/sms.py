"""The SMS Brandname texts the citizen should receive (DOMAIN §4.2), as the harness's own rule.

Keyed by the status name the dossier enters, as a person reads it on the pages. Statuses absent from
`TEMPLATES` send no SMS.
"""

import re

from harness.data.phone import MOBILE_PATTERN
from harness.rules.statuses import status_code

TEMPLATES: dict[str, str] = {
    "Mới đăng ký": "Ho so {ma} da duoc gui!",
    "Được tiếp nhận": "Ho so {ma} da duoc tiep nhan. Ngay hen tra: {hen_tra}",
    "Không được tiếp nhận": "Ho so {ma} khong du dieu kien giai quyet.",
    "Yêu cầu bổ sung giấy tờ": "Ho so {ma} duoc yeu cau bo sung!",
    "Đã xử lý xong": "Ho so {ma} da duoc xu ly xong. Moi chu ho so hoac nguoi uy quyen den nhan ket qua!",
    "Đã trả kết quả": "Ho so {ma} da tra ket qua.",
}
SINGLE_SEGMENT = 160
CONCATENATED_SEGMENT = 153
_SEPARATORS = re.compile(r"[\s.\-()]")


def expected_sms(status: str, ma_ho_so: str, ngay_hen_tra: str = "") -> str | None:
    """The text for entering `status`; `ngay_hen_tra` as dd/MM/yyyy, needed for "Được tiếp nhận"."""
    status_code(status)  # a misspelt status would otherwise read as "sends no SMS"
    template = TEMPLATES.get(status)
    if template is None:
        return None
    if "{hen_tra}" in template and not re.fullmatch(r"\d{2}/\d{2}/\d{4}", ngay_hen_tra):
        raise ValueError(f"Tin tiếp nhận cần ngày hẹn trả dạng dd/MM/yyyy, có '{ngay_hen_tra}'")
    return template.format(ma=ma_ho_so, hen_tra=ngay_hen_tra)


def gateway_number(number: str) -> str | None:
    """`84…` as gateways take it, or None for a number no gateway accepts."""
    compact = _SEPARATORS.sub("", number)
    if not MOBILE_PATTERN.match(compact):
        return None
    return "84" + re.sub(r"^(0|\+?84)", "", compact)


def segment_count(text: str) -> int:
    return 1 if len(text) <= SINGLE_SEGMENT else -(-len(text) // CONCATENATED_SEGMENT)


def is_unaccented(text: str) -> bool:
    return text.isascii()
