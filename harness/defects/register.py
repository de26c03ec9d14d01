"""The register's model: a defect a unit reported, its status and dates, and the register that holds them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from harness.vietnam_time import VIETNAM

STATUSES = ("mở", "đã khắc phục chờ xác nhận", "đã xác nhận", "không tái hiện")


@dataclass(frozen=True)
class Defect:
    id: str
    title: str
    notice: str
    unit: str
    flows: tuple[str, ...]
    status: str
    reported: date
    fixed: date | None
    confirmed: date | None
    line: int
    fixed_at: datetime | None = None  # when on `fixed` the fix was declared, if the register says

    @property
    def fix_declared(self) -> datetime | None:
        """The moment runs count as after the fix from: `fixed_at`, else the start of `fixed` (Vietnam time)."""
        if self.fixed_at is not None or self.fixed is None:
            return self.fixed_at
        return datetime.combine(self.fixed, time(0), tzinfo=VIETNAM)

    @property
    def tag(self) -> str:
        return f"loi:{self.id}"


@dataclass(frozen=True)
class DefectRegister:
    path: Path
    defects: dict[str, Defect]

    def __contains__(self, defect_id: object) -> bool:
        return defect_id in self.defects

    def __getitem__(self, defect_id: str) -> Defect:
        return self.defects[defect_id]

    def __iter__(self) -> Iterator[Defect]:
        return iter(self.defects.values())

    def titles(self) -> dict[str, str]:
        return {defect.id: defect.title for defect in self}
