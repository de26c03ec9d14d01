"""How the rows of a unit's export are read (the audit's own rules, DOMAIN §2.3, §3.3): the legacy dossier code,
the status as a name or a code 1–10, and the dates as dd/MM/yyyy, with or without the time."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from harness.rules.statuses import STATUS_CODES

# {mã đơn vị}-yyMMdd-NNNN (DOMAIN §2.3), the unit part also in the iGate short form (H55.242); a sync fallback
# adds five random digits instead of four.
LEGACY_CODE = re.compile(r"[0-9A-Z]+(?:\.[0-9A-Z]+)*-\d{6}-\d{4,5}")
DATE_FORMATS = (("%d/%m/%Y %H:%M:%S", True), ("%d/%m/%Y %H:%M", True), ("%d/%m/%Y", False),
                ("%Y-%m-%d %H:%M:%S", None), ("%Y-%m-%d", False))  # the last two: an XLSX cell's date
# None: an XLSX date cell always has a time, midnight when the export gave the day only.
DATE_HINT = "ghi dd/MM/yyyy hoặc dd/MM/yyyy HH:mm (ví dụ 12/03/2025 hoặc 12/03/2025 08:30)"
STATUS_HINT = "ghi tên trạng thái (ví dụ “Đang xử lý”) hoặc mã 1–10 theo danh mục trạng thái hồ sơ"
_BY_NAME = {unicodedata.normalize("NFC", name).casefold(): code for name, code in STATUS_CODES.items()}
NAMES = {code: name for name, code in STATUS_CODES.items()}


@dataclass(frozen=True)
class Moment:
    """A date of the export; `timed` when it gives the time too, which is then compared to the minute."""

    at: datetime
    timed: bool

    def same_as(self, shown: datetime) -> bool:
        if self.timed:
            return self.at.replace(second=0) == shown.replace(second=0)
        return self.at.date() == shown.date()

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M}" if self.timed else f"{self.at:%d/%m/%Y}"


def legacy_code_problem(code: str) -> str | None:
    if LEGACY_CODE.fullmatch(code):
        return None
    return (f"mã hồ sơ cũ “{code}” không đúng dạng {{mã đơn vị}}-yyMMdd-NNNN (ví dụ 000.21.01.H47-250312-0003): "
            "kiểm tra lại mã trong tệp xuất.")


def read_status(text: str) -> int:
    """The status code 1–10 of a cell that gives a name or a code; ValueError otherwise."""
    text = " ".join(text.split())
    if re.fullmatch(r"\d{1,2}", text) and 1 <= int(text) <= 10:
        return int(text)
    code = _BY_NAME.get(unicodedata.normalize("NFC", text).casefold())
    if code is None:
        raise ValueError(f"trạng thái “{text}” không đọc được: {STATUS_HINT}.")
    return code


def read_moment(text: str, column: str) -> Moment:
    for layout, timed in DATE_FORMATS:
        try:
            at = datetime.strptime(text.strip(), layout)
        except ValueError:
            continue
        return Moment(at, at.time() != datetime.min.time() if timed is None else timed)
    raise ValueError(f"{column.lower()} “{text}” không đọc được: {DATE_HINT}.")


def read_shown(text: str) -> datetime | None:
    """A date as the one-stop system shows it (dd/MM/yyyy HH:mm), None for "Chưa có" or anything else."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y %H:%M")
    except ValueError:
        return None
