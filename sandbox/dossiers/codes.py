"""Dossier codes (mã hồ sơ): `{mã định danh đơn vị}-{yyMMdd}-{NNNN}` (DOMAIN §2.3).

Example: `000.20.31.H56-240315-0001`, the first dossier unit 000.20.31.H56 received on 15/3/2024. The
sequence restarts at 1 every day for every receiving unit. Keeping the counter is the storage layer's
job: it hands in a `SequenceSource`.

The unit part accepts any dotted code of digits and capital letters: QCVN 102 codes (`000.00.01.H15`),
the sandbox's synthetic level-1 codes (`000.00.01.HX75`) and iGate short forms (`H55.242`).
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Protocol

UNIT_CODE_PATTERN = re.compile(r"[0-9A-Z]+(?:\.[0-9A-Z]+)*")
DOSSIER_CODE_PATTERN = re.compile(rf"(?P<unit>{UNIT_CODE_PATTERN.pattern})-(?P<day>\d{{6}})-(?P<seq>\d{{4}})")
MAX_DAILY_SEQUENCE = 9999


class SequenceSource(Protocol):
    def __call__(self, unit_code: str, day: date) -> int:
        """The next number of the unit's sequence for that day, starting at 1."""
        ...


@dataclass(frozen=True)
class DossierCode:
    unit_code: str
    day: date
    seq: int

    def __str__(self) -> str:
        return format_dossier_code(self.unit_code, self.day, self.seq)


def format_dossier_code(unit_code: str, day: date, seq: int) -> str:
    if not UNIT_CODE_PATTERN.fullmatch(unit_code):
        raise ValueError(f"Not a unit code (mã định danh đơn vị): {unit_code!r}.")
    if not 1 <= seq <= MAX_DAILY_SEQUENCE:
        raise ValueError(f"Daily sequence {seq} is outside 1–{MAX_DAILY_SEQUENCE}.")
    return f"{unit_code}-{day:%y%m%d}-{seq:04d}"


def parse_dossier_code(code: str) -> DossierCode:
    match = DOSSIER_CODE_PATTERN.fullmatch(code)
    if match is None:
        raise ValueError(f"Not a dossier code ({{đơn vị}}-yyMMdd-NNNN): {code!r}.")
    digits = match["day"]
    try:
        day = date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]))
    except ValueError:
        raise ValueError(f"Dossier code {code!r} has no valid date.") from None
    seq = int(match["seq"])
    if seq == 0:
        raise ValueError(f"Dossier code {code!r} has sequence 0; sequences start at 1.")
    return DossierCode(match["unit"], day, seq)


def issue_dossier_code(unit_code: str, day: date, next_sequence: SequenceSource) -> str:
    """The code of the next dossier `unit_code` receives on `day`."""
    return format_dossier_code(unit_code, day, next_sequence(unit_code, day))
