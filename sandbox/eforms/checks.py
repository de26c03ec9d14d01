"""Rules on a parsed answer, for `Field.checks`: each gives the message to show, or None when the value is fine.

A rule receives the value as its field's kind parsed it (str, date, int, Decimal) and today's date from the
sandbox clock.
"""

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sandbox.eforms.fields import Check

_MOBILE = re.compile(r"0(3|5|7|8|9)\d{8}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PERSONAL_NUMBER = re.compile(r"\d{12}")


def mobile_number(value: str, _today: date) -> str | None:
    if _MOBILE.fullmatch(value.replace(" ", "")):
        return None
    return "Số điện thoại không đúng định dạng: 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09."


def email(value: str, _today: date) -> str | None:
    return None if _EMAIL.fullmatch(value) else "Thư điện tử không đúng định dạng (ví dụ: ten@example.vn)."


def personal_number(value: str, _today: date) -> str | None:
    return None if _PERSONAL_NUMBER.fullmatch(value) else "Số định danh cá nhân phải gồm đúng 12 chữ số."


def not_after_today(value: date, today: date) -> str | None:
    return f"Ngày {value:%d/%m/%Y} sau ngày hôm nay: vui lòng kiểm tra lại." if value > today else None


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29/02 in a year that has none
        return day.replace(year=day.year + years, day=28)


def after_today_within_years(years: int) -> Check:
    def check(value: date, today: date) -> str | None:
        if value <= today:
            return f"Ngày {value:%d/%m/%Y} phải sau ngày hôm nay."
        limit = _years_after(today, years)
        return f"Thời hạn tối đa là {years:02d} năm, đến ngày {limit:%d/%m/%Y}." if value > limit else None

    return check


def between(low: int, high: int, unit: str = "") -> Check:
    def check(value: int, _today: date) -> str | None:
        suffix = f" {unit}" if unit else ""
        return None if low <= value <= high else f"Giá trị phải từ {low}{suffix} đến {high}{suffix}."

    return check


def positive(value: Decimal | int, _today: date) -> str | None:
    return None if value > 0 else "Giá trị phải lớn hơn 0."


def starts_with(prefixes: Iterable[str], message: str) -> Check:
    folded = tuple(prefix.casefold() for prefix in prefixes)

    def check(value: str, _today: date) -> str | None:
        return None if value.casefold().startswith(folded) else message

    return check
