"""Old addresses in migrated dossiers (DOMAIN §5): accepted in migrated data, flagged as warnings. The harness's own
reading, against the 2025 units (harness/data/addresses.py, the GSO list of 34 provinces and their wards) and the 63
provinces before 2025 (harness/data/provinces_pre2025.py):

- a province merged away on 1/7/2025 ("Tỉnh Phú Yên", now in Tỉnh Đắk Lắk), or an old name of a province that
  changed ("Tỉnh Đồng Nai", now Thành phố Đồng Nai);
- a district-level part (quận, huyện, thị xã, or a thành phố under a province), abolished on 1/7/2025; a thị trấn,
  a commune-level type that no longer exists;
- a phường/xã/đặc khu that the 2025 list does not have in that province (or in the province that absorbed it).

The address is read as comma-separated parts, the province last, as exports write it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from harness.data.addresses import Province, provinces_2025
from harness.data.provinces_pre2025 import BIRTH_PROVINCES

_PROVINCE_PREFIX = re.compile(r"^(tỉnh|thành phố)\s+")  # "TP." is read as "Thành phố"
_DISTRICT = re.compile(r"^(quận|huyện|thị xã|thành phố)\s+\S")
_TOWNSHIP = re.compile(r"^thị trấn\s+\S")
_WARD = re.compile(r"^(phường|xã|đặc khu)\s+\S")


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    text = " ".join(re.sub(r"\s*[-–—]\s*", " - ", text).split())
    return re.sub(r"^tp\.?\s*", "thành phố ", text)


def _bare(name: str) -> str:
    return _PROVINCE_PREFIX.sub("", _folded(name))


@functools.cache
def _current() -> tuple[dict[str, Province], dict[str, Province]]:
    """The 2025 provinces by full name and by bare name, folded."""
    provinces = provinces_2025().values()
    return {_folded(p.name): p for p in provinces}, {_bare(p.name): p for p in provinces}


@functools.cache
def _former() -> tuple[dict[str, tuple[str, Province]], dict[str, tuple[str, Province]]]:
    """The pre-2025 provinces whose name is no longer a province's, with their successor: by full and bare name."""
    full, bare = _current()
    by_full, by_bare = {}, {}
    for old in BIRTH_PROVINCES.values():
        if _folded(old.name) in full:
            continue
        successor = provinces_2025()[old.successor]
        by_full[_folded(old.name)] = (old.name, successor)
        if _bare(old.name) not in bare:
            by_bare[_bare(old.name)] = (old.name, successor)
    return by_full, by_bare


def _province(part: str) -> tuple[Province | None, str | None]:
    """The 2025 province a part names (directly or through the one it was merged into), and the old name when it
    is an old one; (None, None) for a part that names no province."""
    folded = _folded(part)
    full, bare = _current()
    former_full, former_bare = _former()
    if folded in full:
        return full[folded], None
    if folded in former_full:
        name, successor = former_full[folded]
        return successor, name
    if not _PROVINCE_PREFIX.match(folded):
        if folded in bare:
            return bare[folded], None
        if folded in former_bare:
            name, successor = former_bare[folded]
            return successor, name
    return None, None


def old_address_warnings(address: str) -> list[str]:
    """Why an address is not written in the 2025 units, one sentence each; empty for a two-level address."""
    parts = [part.strip() for part in address.split(",") if part.strip()]
    if not parts:
        return []
    warnings = []
    province, old_name = _province(parts[-1])
    if old_name:
        warnings.append(f"tỉnh cũ “{parts[-1]}” (đã sáp nhập hoặc đổi tên, nay là {province.name})")
    elif province is None:
        warnings.append(f"“{parts[-1]}” không phải tên tỉnh, thành phố nào trong danh mục năm 2025")
    for part in parts[:-1]:
        folded = _folded(part)
        if _DISTRICT.match(folded):
            warnings.append(f"còn cấp huyện “{part}” (bỏ từ 01/7/2025)")
        elif _TOWNSHIP.match(folded):
            warnings.append(f"còn “{part}” (thị trấn không còn từ 01/7/2025)")
        elif _WARD.match(folded) and province is not None and \
                folded not in {_folded(ward.name) for ward in province.wards}:
            warnings.append(f"“{part}” không có trong danh mục phường, xã năm 2025 của {province.name}")
    return warnings
