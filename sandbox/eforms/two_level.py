"""Addresses typed as new input must be two-level (DOMAIN §5): no quận/huyện/thị xã, no merged-away province.

E_CAP_HUYEN: the line names a district-level unit, abolished on 1/7/2025.
E_TINH_SAP_NHAP: the line names a province absorbed by a merger on 1/7/2025 ("Tỉnh Phú Yên" is now part
of Tỉnh Đắk Lắk). Only "Tỉnh X" / "Thành phố X" counts: "Phường Phú Yên" is a real ward of Đắk Lắk.
Migrated dossiers keep their old addresses; these rules are for what a citizen types on an e-form.
"""

import re
import unicodedata

E_CAP_HUYEN = "E_CAP_HUYEN"
E_TINH_SAP_NHAP = "E_TINH_SAP_NHAP"

# Absorbed province → the province it merged into (NQ 202/2025/QH15, DOMAIN §5).
MERGED_INTO = {
    "Tỉnh Hà Giang": "Tỉnh Tuyên Quang",
    "Tỉnh Yên Bái": "Tỉnh Lào Cai",
    "Tỉnh Bắc Kạn": "Tỉnh Thái Nguyên",
    "Tỉnh Vĩnh Phúc": "Tỉnh Phú Thọ",
    "Tỉnh Hòa Bình": "Tỉnh Phú Thọ",
    "Tỉnh Bắc Giang": "Tỉnh Bắc Ninh",
    "Tỉnh Thái Bình": "Tỉnh Hưng Yên",
    "Tỉnh Hải Dương": "Thành phố Hải Phòng",
    "Tỉnh Hà Nam": "Tỉnh Ninh Bình",
    "Tỉnh Nam Định": "Tỉnh Ninh Bình",
    "Tỉnh Quảng Bình": "Tỉnh Quảng Trị",
    "Tỉnh Quảng Nam": "Thành phố Đà Nẵng",
    "Tỉnh Kon Tum": "Tỉnh Quảng Ngãi",
    "Tỉnh Bình Định": "Tỉnh Gia Lai",
    "Tỉnh Phú Yên": "Tỉnh Đắk Lắk",
    "Tỉnh Ninh Thuận": "Tỉnh Khánh Hòa",
    "Tỉnh Đắk Nông": "Tỉnh Lâm Đồng",
    "Tỉnh Bình Thuận": "Tỉnh Lâm Đồng",
    "Tỉnh Bình Dương": "Thành phố Hồ Chí Minh",
    "Tỉnh Bà Rịa - Vũng Tàu": "Thành phố Hồ Chí Minh",
    "Tỉnh Bình Phước": "Thành phố Đồng Nai",
    "Tỉnh Long An": "Tỉnh Tây Ninh",
    "Tỉnh Sóc Trăng": "Thành phố Cần Thơ",
    "Tỉnh Hậu Giang": "Thành phố Cần Thơ",
    "Tỉnh Bến Tre": "Tỉnh Vĩnh Long",
    "Tỉnh Trà Vinh": "Tỉnh Vĩnh Long",
    "Tỉnh Tiền Giang": "Tỉnh Đồng Tháp",
    "Tỉnh Bạc Liêu": "Tỉnh Cà Mau",
    "Tỉnh Kiên Giang": "Tỉnh An Giang",
}

_DISTRICT = re.compile(r"\b(quận|huyện|thị xã)\b", re.IGNORECASE)


def _folded(text: str) -> str:
    """NFC, lower case, one space, and "Bà Rịa–Vũng Tàu" written with any dash reads the same."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"\s*[-–—]\s*", " - ", text).split())


_MERGED = [(re.compile(rf"\b(tỉnh|thành phố|tp\.?)\s+{re.escape(_folded(name.removeprefix('Tỉnh ')))}\b"), name)
           for name in MERGED_INTO]


def address_problem(line: str) -> tuple[str, str] | None:
    """(code, Vietnamese message) for an address line that is not two-level, else None."""
    if match := _DISTRICT.search(unicodedata.normalize("NFC", line)):
        return E_CAP_HUYEN, (f"Địa chỉ không còn cấp {match.group(1).lower()} từ ngày 01/7/2025: chỉ ghi số nhà, "
                             "đường phố, tổ, thôn, xóm; tỉnh, thành phố và phường, xã, đặc khu chọn trong danh sách.")
    folded = _folded(line)
    for pattern, name in _MERGED:
        if pattern.search(folded):
            return E_TINH_SAP_NHAP, (f"{name} đã sáp nhập vào {MERGED_INTO[name]} từ ngày 01/7/2025: "
                                     "vui lòng ghi địa chỉ theo đơn vị hành chính mới.")
    return None
