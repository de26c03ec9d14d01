"""The configuration a fresh sandbox starts with: which default agency offers which detailed procedure online.

Rules, for each of the 502 procedures with a full record (DOMAIN §7.1–7.2):

* Offline-only procedures (`rules.is_offline_only`) are configured nowhere.
* A province's own procedure (promulgated by a UBND tỉnh, `departmentPromulgateCode` Hxx) is configured in
  that province only: the H15 ones in Tỉnh Đắk Lắk; those of provinces without seeded agencies nowhere.
* Ward level (`isWard`): in every seeded ward, at Công an xã for Bộ Công an procedures (G01: 1.004194,
  1.004222, 1.003677, 1.002755), at Ủy ban nhân dân xã otherwise.
* Province level (`isProvince`): at one agency of each seeded province: Sở Tư pháp (G15), Sở Tài chính
  (G12, and business registration, field G05-…: 2.001610), Sở Nội vụ (G09: 2.001955), Sở Xây dựng (G17),
  Công an tỉnh (G01), otherwise Trung tâm Phục vụ hành chính công tỉnh.
* Ministry-only procedures: the sandbox seeds no ministry agency, so they are configured nowhere.

Deliberate gaps, so that a test can prove the panel lists configured agencies only:

* 1.004194 (Đăng ký tạm trú) is not configured at any agency of Xã Ea Kar, Tỉnh Đắk Lắk; it is at Công an
  Phường Tuy Hòa and Công an Phường Buôn Ma Thuột.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sandbox.catalog.loader import Catalog
from sandbox.catalog.rules import is_offline_only
from sandbox.units.seed import Unit

GAPS = frozenset({("1.004194", "Xã Ea Kar")})

POLICE_MINISTRY = "G01"
DEPARTMENT_BY_MINISTRY = {
    "G15": "SO_TU_PHAP",
    "G12": "SO_TAI_CHINH",
    "G09": "SO_NOI_VU",
    "G17": "SO_XAY_DUNG",
    "G01": "CONG_AN_TINH",
}
BUSINESS_REGISTRATION_FIELD = "G05-"


@dataclass(frozen=True)
class _Offer:
    """What the rules need to know of one procedure."""

    code: str
    ward_agency: str | None
    department: str | None
    province_only: str | None


def seed_pairs(catalog: Catalog, units: Iterable[Unit]) -> list[tuple[str, str]]:
    """(procedure code, unit code) for every default configuration."""
    units = list(units)
    return [
        (offer.code, unit.code)
        for offer in _offers(catalog)
        for unit in units
        if _offered_at(offer, unit) and (offer.code, unit.ward_name) not in GAPS
    ]


def _offered_at(offer: _Offer, unit: Unit) -> bool:
    if offer.province_only and offer.province_only != unit.code.rsplit(".", 1)[-1]:
        return False
    return unit.kind == (offer.ward_agency if unit.level == "WARD" else offer.department)


@cache
def _offers(catalog: Catalog) -> tuple[_Offer, ...]:
    """Read the 502 records once per process and keep only what the rules use."""
    return tuple(_offer(record) for record in catalog.each_detail() if not is_offline_only(record))


def _offer(record: Mapping[str, Any]) -> _Offer:
    ministry = record.get("departmentPromulgateCode") or ""
    ward_agency = ("CONG_AN_XA" if ministry == POLICE_MINISTRY else "UBND_XA") if record.get("isWard") else None
    return _Offer(
        code=record["code"].strip(),
        ward_agency=ward_agency,
        department=_department(record, ministry) if record.get("isProvince") else None,
        province_only=ministry if ministry.startswith("H") else None,
    )


def _department(record: Mapping[str, Any], ministry: str) -> str:
    fields = [category.get("code") or "" for category in record.get("categoriesDetails") or []]
    if any(field.startswith(BUSINESS_REGISTRATION_FIELD) for field in fields):
        return "SO_TAI_CHINH"
    return DEPARTMENT_BY_MINISTRY.get(ministry, "TTPVHCC_TINH")
