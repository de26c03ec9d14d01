"""The thành phần hồ sơ a dossier asks for, read from the procedure record (executionCases[].profileComponents).

Each component is one of:
- UPLOAD: the citizen attaches files; required when the record says so or the e-form lists it;
- DATABASE: its data is read from a national database ("khai thác" / "Cơ sở dữ liệu" in its name, NQ
  66.7/2025, DOMAIN §1.6 and §5 item 5): "Đã khai thác từ CSDL quốc gia", nothing to upload;
- EFORM: the e-form itself is this tờ khai (listed by the form, or flagged `hasElectronicForm` on a
  procedure that has its own e-form): nothing to upload.

Rows with no quantity at all (originalQty and copyQty 0) are notes ("*Lưu ý", "Ví dụ", "Trường hợp…"),
not documents: they are left out. A component listed in two cases is asked for once. Names are shown on one
line without the record's list bullets.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sandbox.eforms.fields import FormDefinition

_FROM_DATABASE = re.compile(r"khai thác|cơ sở dữ liệu", re.IGNORECASE)


class Source(StrEnum):
    UPLOAD = "upload"
    DATABASE = "database"
    EFORM = "eform"


@dataclass(frozen=True)
class Component:
    code: str
    name: str
    source: Source
    required: bool


def _display_name(name: str) -> str:
    """One line, without the list bullet the record keeps ("- Giấy chứng sinh…")."""
    return " ".join(name.split()).lstrip("-+* ")


def _source(row: Mapping[str, Any], form: FormDefinition) -> Source:
    if row["code"] in form.form_components or (not form.generic and row.get("hasElectronicForm")):
        return Source.EFORM
    if _FROM_DATABASE.search(row.get("name", "")):
        return Source.DATABASE
    return Source.UPLOAD


def components(record: Mapping[str, Any] | None, form: FormDefinition) -> list[Component]:
    cases = (record or {}).get("executionCases") or []
    chosen = [cases[i] for i in form.cases if i < len(cases)] if form.cases is not None else cases
    found: dict[str, Component] = {}
    for case in chosen:
        for row in case.get("profileComponents") or []:
            if row["code"] in found or not (row.get("originalQty") or row.get("copyQty")):
                continue
            source = _source(row, form)
            asked = bool(row.get("required")) or row["code"] in form.required_components
            required = source is Source.UPLOAD and asked
            found[row["code"]] = Component(row["code"], _display_name(row["name"]), source, required)
    return list(found.values())
