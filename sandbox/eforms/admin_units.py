"""The two-level administrative units in force since 1/7/2025: 34 provinces and their phường/xã/đặc khu.

Read once per process from `admin-units-2025.json` (the GSO list, see sandbox/data/README.md), in its
order: by GSO code.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Unit:
    code: str
    name: str


@dataclass(frozen=True)
class AdminUnits:
    provinces: tuple[Unit, ...]
    wards_by_province: dict[str, tuple[Unit, ...]]

    def province(self, code: str) -> Unit | None:
        return next((p for p in self.provinces if p.code == code), None)

    def wards(self, province_code: str) -> tuple[Unit, ...]:
        return self.wards_by_province.get(province_code, ())

    def ward(self, province_code: str, code: str) -> Unit | None:
        return next((w for w in self.wards(province_code) if w.code == code), None)


@cache
def admin_units(data_dir: Path) -> AdminUnits:
    raw = json.loads((data_dir / "admin-units-2025.json").read_text(encoding="utf-8"))
    provinces = tuple(Unit(p["code"], p["name"]) for p in raw)
    wards = {p["code"]: tuple(Unit(w["code"], w["name"]) for w in p["wards"]) for p in raw}
    return AdminUnits(provinces, wards)
