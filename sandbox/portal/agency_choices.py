"""The choices of "Chọn cơ quan thực hiện": only agencies where the procedure is configured for online use.

Provinces come first; then, for the chosen province, its wards ("Phường/ Xã") or its departments ("Sở").
A ward is named as the portal names it ("Phường Tuy Hòa") unless two of its agencies offer the procedure,
when each agency is listed by its own name. Ministries ("Bộ ngành") come from agencies of level MINISTRY.
"""

from collections import Counter
from dataclasses import dataclass

from sandbox.units.seed import Unit

WARD, PROVINCE, MINISTRY = "WARD", "PROVINCE", "MINISTRY"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def provinces(units: list[Unit]) -> list[Choice]:
    names = {unit.province_code: unit.province_name for unit in units if unit.level != MINISTRY}
    return sorted((Choice(code, name) for code, name in names.items()), key=lambda choice: choice.label)


def ministries(units: list[Unit]) -> list[Choice]:
    return [Choice(unit.code, unit.name) for unit in units if unit.level == MINISTRY]


def agencies(units: list[Unit], province_code: str, level: str) -> list[Choice]:
    chosen = [unit for unit in units if unit.province_code == province_code and unit.level == level]
    per_ward = Counter(unit.ward_code for unit in chosen)
    return [
        Choice(unit.code, unit.ward_name if level == WARD and unit.ward_name and per_ward[unit.ward_code] == 1
               else unit.name)
        for unit in chosen
    ]
