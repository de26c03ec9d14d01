"""What an e-form ("Kê khai thông tin") is made of: fields in titled groups, and the form's own facts.

A form is data: each procedure module declares its groups and fields, which thành phần hồ sơ of the
procedure record it asks for, and how its answers read as the dossier's trích yếu. `validation.py` checks
the answers; the portal's templates render any form the same way.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    DATE = "date"  # dd/MM/yyyy
    INTEGER = "integer"
    DECIMAL = "decimal"  # "120,5" or "120.5"
    MONEY = "money"  # whole đồng, thousands may be written with dots: "500.000.000"
    CHOICE = "choice"  # one of `options`, shown as the ARIA combobox
    PROVINCE = "province"  # one of the 34 provinces of 2025
    WARD = "ward"  # a phường/xã/đặc khu of the province chosen in `province_field`


# A rule on a parsed value: the Vietnamese message when the value breaks it, else None.
Check = Callable[[Any, date], str | None]


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    hint: str = ""
    options: tuple[str, ...] = ()
    checks: tuple[Check, ...] = ()
    default: str = ""
    province_field: str = ""
    # An address line of new input: no district level, no province that merged away (DOMAIN §5).
    two_level: bool = False

    @property
    def is_choice(self) -> bool:
        return self.kind in (Kind.CHOICE, Kind.PROVINCE, Kind.WARD)


@dataclass(frozen=True)
class Group:
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Answers:
    """Checked answers: `values` as typed (what the form shows again), `shown` as a person reads them,
    `parsed` as the field's kind reads them (date, int, Decimal…), for the fields that passed."""

    values: Mapping[str, str]
    shown: Mapping[str, str]
    parsed: Mapping[str, Any]

    def address(self, prefix: str) -> str:
        parts = (self.shown.get(f"{prefix}_chi_tiet"), self.shown.get(f"{prefix}_xa"), self.shown.get(f"{prefix}_tinh"))
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class FormDefinition:
    """One procedure's e-form.

    `cases`: indices of the record's executionCases whose thành phần hồ sơ the dossier needs (None: all).
    `form_components`: codes of the components this e-form is (its tờ khai): nothing to upload for them.
    `required_components`: codes that must be uploaded; the 2026 records never set `required` themselves.
    `generic`: the form of a procedure without an e-form of its own (Trích yếu nội dung only).
    `fee_inputs`: the answers the fee engine reads (sandbox/thanhtoan/fees.py: so_ban, so_trang, truong_hop,
    doi_tuong_mien), kept as parsed in the dossier's form beside the declaration.
    """

    procedure_code: str
    title: str
    source: str
    groups: tuple[Group, ...]
    summary: Callable[[Answers], str]
    cases: tuple[int, ...] | None = None
    form_components: frozenset[str] = frozenset()
    required_components: frozenset[str] = frozenset()
    cross_checks: tuple[Callable[[Answers], dict[str, str]], ...] = ()
    fee_inputs: tuple[str, ...] = ()
    generic: bool = False
    fields_by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields_by_name", {f.name: f for g in self.groups for f in g.fields})

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(self.fields_by_name.values())


def address_fields(prefix: str, detail_label: str = "Số nhà, đường phố, tổ, thôn, xóm",
                   required: bool = True) -> tuple[Field, ...]:
    """A two-level address: Tỉnh/Thành phố → Phường/Xã/Đặc khu, then the detail line (no quận/huyện)."""
    return (
        Field(f"{prefix}_tinh", "Tỉnh/Thành phố", Kind.PROVINCE, required),
        Field(f"{prefix}_xa", "Phường/Xã/Đặc khu", Kind.WARD, required, province_field=f"{prefix}_tinh"),
        Field(f"{prefix}_chi_tiet", detail_label, Kind.TEXT, required, two_level=True),
    )
