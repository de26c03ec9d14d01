"""A TTHC code as a unit writes it, read against the format of DOMAIN §2.1: `d.dddddd`, one digit 1–6, a dot,
six digits. What a unit's list (and the catalogue itself) also holds is named for what it is: the code of a
deleted record (`1.014955-Xoa`), of a case (`1.001193.01`), of a local variant with its agency
(`1.011442.000.00.00.H38`), or a code with a digit too many (`1.0133611`, `2.009182739`). Codes of the 5. and
6. series are internal procedures (TTHC nội bộ), which the portal never publishes."""

import re
import unicodedata
from dataclasses import dataclass

CODE = re.compile(r"^[1-6]\.\d{6}$")
DELETED = re.compile(r"^([1-6]\.\d{6})\s*-\s*x[oó][aá]$", re.IGNORECASE)  # -Xoa, -Xóa, -Xoá
CASE = re.compile(r"^([1-6]\.\d{6})\.\d{2}$")
LOCAL_VARIANT = re.compile(r"^([1-6]\.\d{6})\.\d{3}\.\d{2}\.\d{2}\.[A-Z]+\d+(\.\d{2})?$", re.IGNORECASE)
DIGITS_AFTER_DOT = re.compile(r"^\d\.(\d+)$")
INTERNAL_SERIES = ("5.", "6.")
SHAPE = "mã TTHC có dạng d.dddddd: một chữ số từ 1 đến 6, dấu chấm, đúng sáu chữ số (ví dụ 1.004222)"


@dataclass(frozen=True)
class CodeReading:
    """The code to look up, or why the cell is not one (a sentence for the unit, naming what to write)."""

    code: str = ""
    problem: str = ""


def read_code(text: str) -> CodeReading:
    written = unicodedata.normalize("NFC", " ".join(text.split()))
    if CODE.match(written):
        return CodeReading(written)
    if match := DELETED.match(written):
        return CodeReading(problem=f"“{written}” là mã của một bản ghi đã xóa trên CSDL TTHC (đuôi “-Xoa”), không "
                                   f"còn là thủ tục đang thực hiện: ghi mã thủ tục đang hiệu lực ({SHAPE}); nếu thủ "
                                   f"tục vẫn thực hiện, mã của nó có thể là {match.group(1)}.")
    if match := CASE.match(written):
        return CodeReading(problem=f"“{written}” là mã một trường hợp của thủ tục {match.group(1)}: ghi mã thủ tục "
                                   f"{match.group(1)} ({SHAPE}).")
    if match := LOCAL_VARIANT.match(written):
        return CodeReading(problem=f"“{written}” là mã thủ tục kèm mã cơ quan: ghi mã thủ tục {match.group(1)} "
                                   f"({SHAPE}).")
    hint = ""
    if (match := DIGITS_AFTER_DOT.match(written)) and len(match.group(1)) != 6:
        hint = f"; mã này có {len(match.group(1))} chữ số sau dấu chấm"
    elif written[:1] in "0789" and written[1:2] == ".":
        hint = f"; chữ số đầu {written[0]} không phải loại mã nào"
    return CodeReading(problem=f"“{written}” không phải mã TTHC: {SHAPE}{hint}.")


def is_internal_series(code: str) -> bool:
    return code.startswith(INTERNAL_SERIES)


def stored_code_note(stored: str) -> str:
    """What the portal's own copy of the code has that it should not (" 1.014325"), or ""."""
    if stored != stored.strip():
        return f"Cổng lưu mã là “{stored}” (có khoảng trắng thừa)"
    return ""
