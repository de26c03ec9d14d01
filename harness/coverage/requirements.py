"""Reading data/coverage.toml: the flows every unit must run and the procedures each unit must cover, or one
Vietnamese sentence naming the file and the key that is wrong (docs/coverage.md)."""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from harness.defects.location import shown
from harness.errors import HarnessError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS_FILE = PROJECT_ROOT / "data" / "coverage.toml"
KEYS = ("luong", "thu_tuc", "don_vi")


@dataclass(frozen=True)
class Requirements:
    path: Path
    flows: tuple[str, ...]
    procedure_names: dict[str, str]
    units: dict[str, tuple[str, ...]]

    @property
    def procedures(self) -> tuple[str, ...]:
        """Every code some unit must cover, in the order of the [thu_tuc] table."""
        required = {code for codes in self.units.values() for code in codes}
        return tuple(code for code in self.procedure_names if code in required)


def load_requirements(path: Path = REQUIREMENTS_FILE, known_flows: Collection[str] = ()) -> Requirements:
    """The requirements in `path`; `known_flows`, when given, are the flow tags `luong` may name."""
    def fail(key: str, problem: str) -> HarnessError:
        return HarnessError(f"{shown(path)}, khoá {key}: {problem}.")

    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HarnessError(f"Không có tệp {shown(path)}: tạo tệp theo docs/coverage.md.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HarnessError(f"{shown(path)} không đúng cú pháp TOML ({error}), sửa tệp rồi chạy lại.") from None
    for key in KEYS:
        if key not in document:
            raise fail(key, "còn thiếu")
    if unknown := sorted(set(document) - set(KEYS)):
        raise fail(unknown[0], f"không dùng (các khoá: {', '.join(KEYS)})")
    flows = document["luong"]
    if not isinstance(flows, list) or not flows or not all(isinstance(flow, str) for flow in flows):
        raise fail("luong", 'phải là danh sách thẻ luồng, ví dụ ["dang_nhap", "nop_ho_so"]')
    if known_flows and (strangers := [flow for flow in flows if flow not in known_flows]):
        raise fail("luong", f"ghi luồng lạ {', '.join(strangers)} (các luồng: {', '.join(sorted(known_flows))})")
    names = document["thu_tuc"]
    if not isinstance(names, dict):
        raise fail("thu_tuc", 'phải là một bảng [thu_tuc] "mã" = "tên thủ tục"')
    for code, name in names.items():
        if not isinstance(name, str) or not name.strip():
            raise fail(f'thu_tuc."{code}"', "phải là tên thủ tục, một chuỗi có nội dung")
    units = document["don_vi"]
    if not isinstance(units, dict) or not units:
        raise fail("don_vi", 'phải có ít nhất một bảng [don_vi."<tên đơn vị>"]')
    return Requirements(path, tuple(flows), {code: name.strip() for code, name in names.items()},
                        {unit: _codes(unit, entry, names, fail) for unit, entry in units.items()})


def _codes(unit: str, entry: object, names: dict, fail) -> tuple[str, ...]:
    key = f'don_vi."{unit}".thu_tuc'
    codes = entry.get("thu_tuc") if isinstance(entry, dict) else None
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise fail(key, 'phải là danh sách mã thủ tục, ví dụ ["1.004194"]')
    if unknown := [code for code in codes if code not in names]:
        raise fail(key, f"có mã {', '.join(unknown)} chưa ghi tên trong bảng [thu_tuc]")
    return tuple(dict.fromkeys(codes))
