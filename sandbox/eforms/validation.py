"""Server-side checks of an e-form's answers: every field by its kind and rules, then the form's cross-checks.

Nothing typed is ever dropped: `Answers.values` keeps each answer as the citizen typed it (trimmed), so the
form can be shown again with the messages next to their fields.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sandbox.eforms.admin_units import AdminUnits
from sandbox.eforms.fields import Answers, Field, FormDefinition, Kind
from sandbox.eforms.two_level import address_problem
from sandbox.formats import vnd

MAX_LENGTH = {Kind.TEXT: 250, Kind.TEXTAREA: 2000}
_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_INTEGER = re.compile(r"\d+")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_MONEY = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


class Invalid(ValueError):
    """The answer cannot be read as its field's kind; `str()` is the message."""


@dataclass(frozen=True)
class Checked:
    answers: Answers
    errors: dict[str, str]


def _in_sentence(label: str) -> str:
    """"Tỉnh/Thành phố" inside a sentence reads "tỉnh/thành phố": each part starts lower case."""
    return "/".join(part[:1].lower() + part[1:] for part in label.split("/"))


def _parse(field: Field, text: str, raw: Mapping[str, str], units: AdminUnits) -> tuple[Any, str]:
    """(parsed value, value as shown) of a non-empty answer."""
    match field.kind:
        case Kind.TEXT | Kind.TEXTAREA:
            if len(text) > MAX_LENGTH[field.kind]:
                raise Invalid(f"Tối đa {MAX_LENGTH[field.kind]} ký tự.")
            return text, text
        case Kind.DATE:
            if not (found := _DATE.fullmatch(text)):
                raise Invalid("Ngày phải theo định dạng dd/mm/yyyy.")
            try:
                day = date(int(found[3]), int(found[2]), int(found[1]))
            except ValueError:
                raise Invalid(f"Ngày {text} không có thật.") from None
            return day, f"{day:%d/%m/%Y}"
        case Kind.INTEGER:
            if not _INTEGER.fullmatch(text):
                raise Invalid("Vui lòng nhập một số nguyên.")
            return int(text), str(int(text))
        case Kind.DECIMAL:
            if not _DECIMAL.fullmatch(text):
                raise Invalid("Vui lòng nhập một số, phần thập phân sau dấu phẩy (ví dụ: 120,5).")
            return Decimal(text.replace(",", ".")), text
        case Kind.MONEY:
            if not _MONEY.fullmatch(text):
                raise Invalid("Vui lòng nhập số tiền bằng chữ số (ví dụ: 500.000.000).")
            amount = int(text.replace(".", ""))
            return amount, vnd(amount)
        case Kind.CHOICE:
            if text not in field.options:
                raise Invalid("Giá trị đã chọn không có trong danh sách.")
            return text, text
        case Kind.PROVINCE:
            if (province := units.province(text)) is None:
                raise Invalid("Tỉnh/thành phố đã chọn không có trong danh sách từ ngày 01/7/2025.")
            return text, province.name
        case Kind.WARD:
            if (ward := units.ward(raw.get(field.province_field, "").strip(), text)) is None:
                raise Invalid("Phường/xã/đặc khu đã chọn không thuộc tỉnh/thành phố đã chọn.")
            return text, ward.name
    raise AssertionError(field.kind)


def check_field(field: Field, raw: Mapping[str, str], units: AdminUnits, today: date) -> tuple[Any, str]:
    text = raw.get(field.name, "").strip()
    if not text:
        verb = "chọn" if field.is_choice else "nhập"
        raise Invalid(f"Vui lòng {verb} {_in_sentence(field.label)}.")
    parsed, shown = _parse(field, text, raw, units)
    for check in field.checks:
        if message := check(parsed, today):
            raise Invalid(message)
    if field.two_level and (problem := address_problem(text)):
        raise Invalid(problem[1])
    return parsed, shown


def check_form(definition: FormDefinition, raw: Mapping[str, str], units: AdminUnits, today: date) -> Checked:
    values = {field.name: raw.get(field.name, "").strip() for field in definition.fields}
    parsed: dict[str, Any] = {}
    shown: dict[str, str] = {}
    errors: dict[str, str] = {}
    for field in definition.fields:
        if not values[field.name] and not field.required:
            continue
        if field.kind is Kind.WARD and values[field.name] and field.province_field in errors:
            continue  # a ward cannot be checked against a province that is itself refused
        try:
            parsed[field.name], shown[field.name] = check_field(field, raw, units, today)
        except Invalid as problem:
            errors[field.name] = str(problem)
    answers = Answers(values, shown, parsed)
    for cross_check in definition.cross_checks:
        for name, message in cross_check(answers).items():
            errors.setdefault(name, message)
    return Checked(answers, errors)
