"""The import of dossiers received by the old portal before the cut-over, with the "Convert" marker (DOMAIN §2.3,
§3.10): the old system's export (CSV) read row by row into the receiving unit's dossiers.

An imported dossier gets a new Mã hồ sơ (the unit's code, the day it was received, that day's next number), keeps
the legacy code as MaHoSoKhac, its status and its dates (Ngày tiếp nhận, Ngày hẹn trả) as exported, and its old
address as written: addresses naming a district or a province merged on 1/7/2025 are accepted here, unlike on an
e-form (sandbox/eforms/two_level.py). It is marked converted (ViTriDeHoSo='Convert'), so the national sync never
sends it (sandbox/dongbo/sender.py). A row whose legacy code the unit already holds "đã tồn tại": that dossier is
updated, never duplicated. A row that cannot be read is refused with the reason, and the others are imported.

`convert=False` is only for the setup API (an import "without the marker", which the national sync then pushes).
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sandbox.catalog.configuration import configured_units
from sandbox.clock import VIETNAM
from sandbox.context import SandboxContext
from sandbox.dossiers.codes import issue_dossier_code
from sandbox.dossiers.processing_time import NoProcessingTime, processing_time
from sandbox.dossiers.records import Dossier, DossierRecords, ProgressEntry
from sandbox.dossiers.service import DOSSIER_CHANGED, ROLE_TITLES, DossierChanged
from sandbox.dossiers.state_machine import Action, Role, Transition
from sandbox.dossiers.statuses import Status

LEGACY_CODE = "Mã hồ sơ cũ"
OWNER = "Chủ hồ sơ"
OWNER_ID = "Số giấy tờ chủ hồ sơ"
PROCEDURE = "Mã TTHC"
RECEIVED = "Ngày tiếp nhận"
DUE = "Ngày hẹn trả"
STATUS = "Trạng thái"
ADDRESS = "Địa chỉ"
RETURNED = "Ngày trả kết quả"
REQUIRED = (LEGACY_CODE, OWNER, OWNER_ID, PROCEDURE, RECEIVED, DUE, STATUS)
OPTIONAL = (ADDRESS, RETURNED)

IMPORTED = "Đã nhập"
UPDATED = "Đã cập nhật (hồ sơ đã tồn tại)"
REFUSED = "Từ chối"

DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y")
STATUS_BY_NAME = {unicodedata.normalize("NFC", status.ten).casefold(): status for status in Status}
HE_THONG = "Hệ thống chuyển đổi dữ liệu"
# What an imported dossier's creation is, for the listeners of DossierChanged: no SMS, a first (inserting) sync.
IMPORT_TRANSITION = frozenset({Role.HE_THONG})


COPIED = ("processing_time", "processing_unit", "ma_tthc", "procedure_id", "ten_tthc", "owner_id", "chu_ho_so",
          "dia_chi", "trang_thai", "trich_yeu", "ngay_nop", "ngay_tiep_nhan", "ngay_hen_tra", "ngay_tra")


class UnreadableExport(ValueError):
    """The file is not an export the import reads; `str()` is the sentence to show."""


class RowRefused(ValueError):
    """One row cannot be imported; `str()` says why."""


@dataclass(frozen=True)
class RowOutcome:
    row: int  # its line in the file, the header being line 1
    legacy_code: str
    outcome: str
    new_code: str = ""
    reason: str = ""


def _name(header: str) -> str:
    return unicodedata.normalize("NFC", " ".join(header.split())).casefold()


def read_export(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """The export's rows by column name, each with its line; UnreadableExport for a file that has none."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableExport("Tệp không phải CSV mã UTF-8: lưu lại tệp xuất với mã UTF-8 rồi tải lên lại.") from None
    lines = list(csv.reader(io.StringIO(unicodedata.normalize("NFC", text), newline="")))
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise UnreadableExport("Tệp trống: chưa có dòng tiêu đề.")
    positions = {_name(header): index for index, header in reversed(list(enumerate(lines[0])))}
    missing = [column for column in REQUIRED if _name(column) not in positions]
    if missing:
        raise UnreadableExport(f"Tệp thiếu cột {', '.join(missing)}: dùng tệp xuất của hệ thống cũ có đủ các cột "
                               f"{', '.join(REQUIRED)}.")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if any(cell.strip() for cell in line):
            rows.append((number, {column: (line[positions[_name(column)]].strip()
                                           if positions.get(_name(column), len(line)) < len(line) else "")
                                  for column in REQUIRED + OPTIONAL}))
    return rows


def parse_moment(text: str) -> datetime:
    for layout in DATE_FORMATS:
        try:
            return datetime.strptime(text, layout).replace(tzinfo=VIETNAM)
        except ValueError:
            continue
    raise ValueError(text)


def parse_status(text: str) -> Status:
    if re.fullmatch(r"\d{1,2}", text) and 1 <= int(text) <= 10:
        return Status(int(text))
    if (status := STATUS_BY_NAME.get(unicodedata.normalize("NFC", " ".join(text.split())).casefold())) is not None:
        return status
    raise ValueError(text)


class LegacyImport:
    """Imports rows of an export into one unit's dossiers."""

    def __init__(self, ctx: SandboxContext, unit_code: str) -> None:
        self.ctx = ctx
        self.records = DossierRecords(ctx.store)
        unit = ctx.store.one("SELECT * FROM units WHERE code = ?", (unit_code,))
        if unit is None:
            raise UnreadableExport(f"Không có đơn vị mã {unit_code}.")
        self.unit = dict(unit)

    def run(self, data: bytes, convert: bool = True) -> list[RowOutcome]:
        return [self.import_row(number, values, convert) for number, values in read_export(data)]

    def import_row(self, number: int, values: dict[str, str], convert: bool = True) -> RowOutcome:
        legacy = values[LEGACY_CODE]
        try:
            fields = self._fields(values)
        except RowRefused as refusal:
            return RowOutcome(number, legacy, REFUSED, reason=str(refusal))
        existing = self.held(legacy)
        if existing:
            self.records.update(existing[0].id, **fields)
            return RowOutcome(number, legacy, UPDATED, existing[0].ma_ho_so or "")
        dossier = self._create(legacy, fields, convert)
        return RowOutcome(number, legacy, IMPORTED, dossier.ma_ho_so or "")

    def held(self, legacy_code: str) -> list[Dossier]:
        """The unit's dossiers that carry this legacy code (its Mã hồ sơ khác), converted ones first."""
        rows = self.ctx.store.all("SELECT * FROM dossiers WHERE unit_code = ? AND ma_ho_so_khac = ? "
                                  "ORDER BY converted DESC, id", (self.unit["code"], legacy_code))
        return [Dossier.from_row(row) for row in rows]

    def _fields(self, values: dict[str, str]) -> dict:
        missing = [column for column in REQUIRED if not values[column]]
        if missing:
            raise RowRefused(f"Thiếu {', '.join(missing)}.")
        procedure = self.ctx.catalog.by_code(values[PROCEDURE])
        if procedure is None:
            raise RowRefused(f"Mã TTHC {values[PROCEDURE]} không có trong danh mục thủ tục.")
        if self.unit["code"] not in {unit.code for unit in configured_units(self.ctx.store, procedure.code)}:
            raise RowRefused(f"Thủ tục {procedure.code} chưa được cấu hình tại {self.unit['name']}.")
        try:
            status = parse_status(values[STATUS])
        except ValueError:
            raise RowRefused(f"Trạng thái “{values[STATUS]}” không phải tên hay mã (1–10) trạng thái hồ sơ.") from None
        moments = {}
        for column in (RECEIVED, DUE, RETURNED):
            if values[column]:
                try:
                    moments[column] = parse_moment(values[column])
                except ValueError:
                    raise RowRefused(f"{column} “{values[column]}” không đúng dạng dd/MM/yyyy hoặc "
                                     "dd/MM/yyyy HH:mm.") from None
        try:
            needed = processing_time(self.ctx.catalog.detail(procedure) or {})
        except NoProcessingTime:
            needed = None
        return {"processing_time": needed.amount if needed else None,
                "processing_unit": needed.unit.value if needed else None, "ma_tthc": procedure.code,
                "procedure_id": procedure.id, "ten_tthc": procedure.name,
                "owner_id": values[OWNER_ID], "chu_ho_so": values[OWNER], "dia_chi": values[ADDRESS] or None,
                "trang_thai": status, "trich_yeu": procedure.name, "ngay_nop": moments[RECEIVED],
                "ngay_tiep_nhan": moments[RECEIVED], "ngay_hen_tra": moments[DUE],
                "ngay_tra": moments.get(RETURNED)}

    def duplicate(self, dossier: Dossier) -> Dossier:
        """A second dossier under the same legacy code, as an officer's hand-made copy besides the import."""
        fields = {key: getattr(dossier, key) for key in COPIED}
        return self._create(dossier.ma_ho_so_khac or "", fields, convert=True)

    def _create(self, legacy: str, fields: dict, convert: bool) -> Dossier:
        now = self.ctx.clock.now()
        received: datetime = fields["ngay_tiep_nhan"]
        code = issue_dossier_code(self.unit["code"], received.date(), self.records.next_sequence)
        stored = {key: (value.isoformat() if isinstance(value, datetime) else value) for key, value in fields.items()}
        dossier_id = self.records.create({
            **stored, "trang_thai": int(fields["trang_thai"]), "ma_ho_so": code, "unit_code": self.unit["code"],
            "unit_name": self.unit["name"], "kenh_thuc_hien": 1, "converted": int(convert), "ma_ho_so_khac": legacy,
        }, now)
        entry = ProgressEntry(HE_THONG, ROLE_TITLES[Role.HE_THONG], self.unit["name"], now,
                              f"Chuyển đổi từ hệ thống cũ, mã hồ sơ cũ {legacy}.", fields["trang_thai"],
                              fields["ngay_hen_tra"])
        self.records.add_progress(dossier_id, entry)
        dossier = self.records.get(dossier_id)
        transition = Transition(None, Action.SUBMIT, fields["trang_thai"], IMPORT_TRANSITION)
        self.ctx.events.publish(DOSSIER_CHANGED, DossierChanged(dossier, transition, entry, None))
        return dossier
