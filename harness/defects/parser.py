"""Reading data/defects.toml into a DefectRegister, or one Vietnamese sentence naming the file, line and id.

Each defect is a table `[defects."<id>"]`; its line is the line of that header, found in the text because
tomllib keeps no positions. The header scan also finds a duplicate id, which tomllib would only report as a
table declared twice.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from datetime import date, datetime
from pathlib import Path

from harness.defects.location import where
from harness.defects.register import STATUSES, Defect, DefectRegister
from harness.errors import HarnessError

DEFECT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
HEADER = re.compile(r"""^\s*\[\s*defects\s*\.\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*\]""")
TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")
TEXT_FIELDS = {"tieu_de": "tiêu đề", "thong_bao": "số thông báo", "don_vi": "đơn vị", "trang_thai": "trạng thái"}
REQUIRED = (*TEXT_FIELDS, "luong", "ngay_bao")
OPTIONAL = ("ngay_khac_phuc", "ngay_xac_nhan")
# The dates a status needs: a fix awaiting confirmation has its fix date, a confirmed one both.
DATES_OF_STATUS = {"đã khắc phục chờ xác nhận": ("ngay_khac_phuc",),
                   "đã xác nhận": ("ngay_khac_phuc", "ngay_xac_nhan")}


def load_register(path: Path, known_flows: Collection[str] = ()) -> DefectRegister:
    """The register in `path` (empty when the file does not exist); `known_flows`, when given, are the flow
    tags an entry's `luong` may name."""
    if not path.exists():
        return DefectRegister(path, {})
    text = path.read_text(encoding="utf-8")
    lines = _header_lines(path, text)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = TOML_POSITION.search(message)
        line = int(position.group(1)) if position else 1
        raise HarnessError(f"{where(path, line)}: không đọc được TOML ({TOML_POSITION.sub('', message)}), "
                           f"sửa dòng này rồi chạy lại.") from None
    unexpected = sorted(set(document) - {"defects"})
    if unexpected:
        raise HarnessError(f"{where(path, 1)}: bảng lạ {', '.join(unexpected)}, mỗi lỗi là một bảng "
                           f'[defects."<mã>"].')
    defects = {}
    for defect_id, entry in document.get("defects", {}).items():
        line = lines.get(defect_id, 1)
        defects[defect_id] = _defect(path, line, defect_id, entry, known_flows)
    return DefectRegister(path, defects)


def _header_lines(path: Path, text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = HEADER.match(line)
        if not match:
            continue
        defect_id = next(group for group in match.groups() if group is not None)
        if defect_id in lines:
            raise HarnessError(f"{where(path, number)}: mã lỗi '{defect_id}' trùng với mục ở dòng "
                               f"{lines[defect_id]}, mỗi lỗi cần một mã riêng.")
        lines[defect_id] = number
    return lines


def _defect(path: Path, line: int, defect_id: str, entry: object,
            known_flows: Collection[str]) -> Defect:
    def fail(problem: str) -> HarnessError:
        return HarnessError(f"{where(path, line)}: lỗi '{defect_id}' {problem}.")

    if not DEFECT_ID.fullmatch(defect_id):
        raise fail("có mã không dùng được trong thẻ @loi:<mã> (chỉ chữ, số, dấu chấm, gạch nối, gạch dưới)")
    if not isinstance(entry, Mapping):
        raise fail('phải là một bảng [defects."<mã>"] với các trường của lỗi')
    missing = [key for key in REQUIRED if key not in entry]
    if missing:
        raise fail(f"thiếu trường {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise fail(f"có trường lạ {', '.join(unknown)} (các trường: {', '.join((*REQUIRED, *OPTIONAL))})")
    for key, meaning in TEXT_FIELDS.items():
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise fail(f"có {key} ({meaning}) không phải một chuỗi có nội dung")
    status = entry["trang_thai"]
    if status not in STATUSES:
        raise fail(f"có trạng thái lạ '{status}' (dùng một trong: {', '.join(STATUSES)})")
    flows = entry["luong"]
    if not isinstance(flows, list) or not flows or not all(isinstance(flow, str) for flow in flows):
        raise fail("có luong không phải danh sách tên luồng, ví dụ [\"dong_bo_trang_thai\"]")
    if known_flows and (strangers := [flow for flow in flows if flow not in known_flows]):
        raise fail(f"ghi luồng lạ {', '.join(strangers)} (các luồng: {', '.join(sorted(known_flows))})")
    fixed_at = _moment(entry.get("ngay_khac_phuc"), fail)
    dates = {key: fixed_at.date() if key == "ngay_khac_phuc" and fixed_at else _date(entry.get(key), key, fail)
             for key in ("ngay_bao", *OPTIONAL)}
    for key in DATES_OF_STATUS.get(status, ()):
        if dates[key] is None:
            raise fail(f"ở trạng thái '{status}' phải có {key}")
    _check_order(dates, fail)
    return Defect(
        id=defect_id, title=entry["tieu_de"].strip(), notice=entry["thong_bao"].strip(),
        unit=entry["don_vi"].strip(), flows=tuple(flows), status=status,
        reported=dates["ngay_bao"], fixed=dates["ngay_khac_phuc"], confirmed=dates["ngay_xac_nhan"], line=line,
        fixed_at=fixed_at,
    )


def _date(value: object, key: str, fail) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise fail(f"có {key} = {value!r} không phải một ngày TOML (viết 2026-03-02, không ngoặc kép, không giờ)")
    return value


def _moment(value: object, fail) -> datetime | None:
    """ngay_khac_phuc may also say when on that day the fix was declared (2026-12-03T14:00:00+07:00), so that a
    run of that morning counts as before the fix."""
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        raise fail(f"có ngay_khac_phuc = {value.isoformat()} thiếu múi giờ (viết 2026-12-03T14:00:00+07:00)")
    return value


def _check_order(dates: dict[str, date | None], fail) -> None:
    known = [(key, day) for key, day in dates.items() if day is not None]
    for (earlier_key, earlier), (later_key, later) in zip(known, known[1:], strict=False):
        if later < earlier:
            raise fail(f"có {later_key} {later.isoformat()} trước {earlier_key} {earlier.isoformat()}")
