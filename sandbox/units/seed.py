"""The default agencies: two provinces (Đắk Lắk, Thành phố Đồng Nai), their departments and a few wards.

Agency codes follow QCVN 102 (`NNN.NN.NN.XNN`). H15 is Đắk Lắk's verified level-1 code; Đồng Nai's was
not verified, so it gets the clearly synthetic `HX75` (DOMAIN §2.2, §7.2). Lower levels are synthetic.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: str
    level: str  # PROVINCE or WARD
    province_code: str
    province_name: str
    ward_code: str | None = None
    ward_name: str | None = None


@dataclass(frozen=True)
class ProvinceSeed:
    gso: str
    name: str
    level1: str
    wards: tuple[tuple[str, str], ...]


PROVINCES = (
    ProvinceSeed("66", "Tỉnh Đắk Lắk", "H15", (
        ("22015", "Phường Tuy Hòa"),
        ("24133", "Phường Buôn Ma Thuột"),
        ("24373", "Xã Ea Kar"),
    )),
    ProvinceSeed("75", "Thành phố Đồng Nai", "HX75", (
        ("26068", "Phường Biên Hòa"),
        ("26041", "Phường Trấn Biên"),
        ("26425", "Xã Xuân Lộc"),
    )),
)

DEPARTMENTS = (
    ("SO_TU_PHAP", "Sở Tư pháp"),
    ("SO_TAI_CHINH", "Sở Tài chính"),
    ("SO_NOI_VU", "Sở Nội vụ"),
    ("SO_XAY_DUNG", "Sở Xây dựng"),
    ("CONG_AN_TINH", "Công an {province}"),
    ("TTPVHCC_TINH", "Trung tâm Phục vụ hành chính công {province}"),
)

WARD_AGENCIES = (
    ("UBND_XA", "20", "Ủy ban nhân dân {ward}"),
    ("CONG_AN_XA", "21", "Công an {ward}"),
)


def _in_sentence(province_name: str) -> str:
    """"Tỉnh Đắk Lắk" inside a unit name is written "tỉnh Đắk Lắk"."""
    for prefix in ("Tỉnh ", "Thành phố "):
        if province_name.startswith(prefix):
            return prefix.lower() + province_name.removeprefix(prefix)
    return province_name


def default_units() -> list[Unit]:
    units: list[Unit] = []
    for province in PROVINCES:
        for index, (kind, pattern) in enumerate(DEPARTMENTS, start=1):
            name = pattern.format(province=_in_sentence(province.name))
            units.append(Unit(f"000.00.{index:02d}.{province.level1}", name, kind, "PROVINCE",
                              province.gso, province.name))
        for index, (ward_code, ward_name) in enumerate(province.wards, start=31):
            for kind, level3, pattern in WARD_AGENCIES:
                units.append(Unit(f"000.{level3}.{index:02d}.{province.level1}", pattern.format(ward=ward_name),
                                  kind, "WARD", province.gso, province.name, ward_code, ward_name))
    return units
