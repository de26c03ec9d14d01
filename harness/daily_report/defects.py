"""The defect register (data/defects.toml) as the day sees it: reported that day, fixed that day, and every fix
still awaiting the unit's confirmation, whatever day it was made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from harness.defects.register import Defect, DefectRegister

AWAITING_CONFIRMATION = "đã khắc phục chờ xác nhận"


@dataclass(frozen=True)
class DayDefects:
    new: tuple[Defect, ...]
    fixed: tuple[Defect, ...]
    awaiting: tuple[Defect, ...]


def defects_of_day(register: DefectRegister, day: date) -> DayDefects:
    return DayDefects(
        new=tuple(defect for defect in register if defect.reported == day),
        fixed=tuple(defect for defect in register if defect.fixed == day),
        awaiting=tuple(defect for defect in register if defect.status == AWAITING_CONFIRMATION),
    )
