"""Two-level addresses in force since 1/7/2025: detail, phường/xã/đặc khu, tỉnh/thành phố; no district.

Units come from the GSO list in `sandbox/data/admin-units-2025.json`, read once on first use.
"""

import functools
import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

UNITS_FILE = Path(__file__).resolve().parents[2] / "sandbox" / "data" / "admin-units-2025.json"

# Hamlets are "ấp" and alleys "hẻm" in the South, "thôn" and "ngõ" elsewhere.
_SOUTHERN_PROVINCES = frozenset({"75", "79", "80", "82", "86", "91", "92", "96"})

# fmt: off
_STREETS = (
    "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
    "Nguyễn Huệ", "Hùng Vương", "Lê Duẩn", "Phan Chu Trinh", "Phan Bội Châu", "Điện Biên Phủ",
    "Võ Thị Sáu", "Nguyễn Thị Minh Khai", "Bà Triệu", "Ngô Quyền", "Lê Thánh Tông", "Trần Phú",
    "Nguyễn Du", "Nguyễn Văn Cừ", "Cách Mạng Tháng Tám", "Lê Hồng Phong", "Hoàng Diệu", "Lý Tự Trọng",
    "Nguyễn Thái Học", "Phạm Ngũ Lão", "Tôn Đức Thắng", "Võ Văn Kiệt", "Trường Chinh", "Nguyễn Chí Thanh",
)
_HAMLETS = (
    "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tân Lập", "Tân Thành", "Phú Mỹ",
    "Bình An", "An Hòa", "Hòa Bình", "Yên Phú", "Đồng Tâm", "Thành Công", "1", "2", "3", "4", "5",
)
# fmt: on


@dataclass(frozen=True)
class Ward:
    code: str
    name: str
    type: str  # "phường", "xã" or "đặc khu"


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    wards: tuple[Ward, ...] = field(repr=False)


@dataclass(frozen=True)
class Address:
    detail: str
    ward_code: str
    ward_name: str
    province_code: str
    province_name: str

    def __str__(self) -> str:
        return f"{self.detail}, {self.ward_name}, {self.province_name}"


@functools.cache
def provinces_2025() -> Mapping[str, Province]:
    """The 34 provinces by GSO code, each with its wards."""
    raw = json.loads(UNITS_FILE.read_text(encoding="utf-8"))
    return MappingProxyType(
        {
            item["code"]: Province(
                item["code"], item["name"], tuple(Ward(w["code"], w["name"], w["type"]) for w in item["wards"])
            )
            for item in raw
        }
    )


@functools.cache
def _all_wards() -> tuple[tuple[Province, Ward], ...]:
    return tuple((province, ward) for province in provinces_2025().values() for ward in province.wards)


def _detail(rng: random.Random, ward: Ward, province_code: str) -> str:
    southern = province_code in _SOUTHERN_PROVINCES
    if ward.type == "xã":
        return f"{'Ấp' if southern else 'Thôn'} {rng.choice(_HAMLETS)}"
    number, street = rng.randint(1, 300), rng.choice(_STREETS)
    if rng.random() < 0.3:
        return f"Số {number} {'hẻm' if southern else 'ngõ'} {rng.randint(1, 200)} đường {street}"
    return f"Số {number} đường {street}"


def make_address(rng: random.Random, province_code: str | None = None) -> Address:
    """An address in `province_code` (2025 GSO code), or anywhere with every ward equally likely."""
    if province_code is None:
        province, ward = rng.choice(_all_wards())
    elif province_code in provinces_2025():
        province = provinces_2025()[province_code]
        ward = rng.choice(province.wards)
    else:
        raise ValueError(f"{province_code!r} is not the GSO code of one of the 34 provinces of 2025")
    return Address(_detail(rng, ward, province.code), ward.code, ward.name, province.code, province.name)
