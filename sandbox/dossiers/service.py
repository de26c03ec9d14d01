"""What may happen to a dossier, and everything each step writes: status, dates, slip, progress, events.

Every change goes through `DossierService.act` (or `submit`), which checks, in this order, that the actor
may touch this dossier at all (own unit and procedures for officers, own dossier for citizens), that the
state machine allows the action for the actor's role, and that the action has what it needs (a reason to
refuse, a result to return). Then it writes the change, one progress entry and the slip, and publishes a
`DossierChanged` event that the SMS and national-sync subsystems listen to.
"""

from dataclasses import dataclass, field
from datetime import datetime

from sandbox.context import SandboxContext
from sandbox.dossiers.calendars import calendar_of
from sandbox.dossiers.codes import issue_dossier_code
from sandbox.dossiers.processing_time import ProcessingTime
from sandbox.dossiers.reach import officer_refusal
from sandbox.dossiers.records import Dossier, DossierRecords, ProgressEntry
from sandbox.dossiers.state_machine import Action, Role, Transition, find_transition
from sandbox.dossiers.statuses import Status

DOSSIER_CHANGED = "dossier.changed"

ROLE_TITLES = {
    Role.CONG_DAN: "Công dân",
    Role.MOT_CUA: "Cán bộ tiếp nhận",
    Role.CHUYEN_VIEN: "Chuyên viên",
    Role.LANH_DAO_PHONG: "Lãnh đạo phòng",
    Role.LANH_DAO_DON_VI: "Lãnh đạo đơn vị",
    Role.QUAN_TRI_DON_VI: "Quản trị đơn vị",
    Role.HE_THONG: "Hệ thống",
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a citizen (id = số định danh), an officer (id = username) or the system."""

    role: Role
    id: str
    name: str
    unit_code: str | None = None
    unit_name: str = ""
    procedures: frozenset[str] | None = None  # None: every procedure of the officer's unit


@dataclass(frozen=True)
class NewFile:
    ma_thanh_phan: str
    ten_thanh_phan: str
    file_name: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class DossierChanged:
    dossier: Dossier
    transition: Transition
    progress: ProgressEntry
    previous_status: Status | None


@dataclass(frozen=True)
class ActionDetails:
    """What an officer or citizen typed with the action: a reason, supplement files, a result."""

    note: str = ""
    files: tuple[NewFile, ...] = ()
    result: dict = field(default_factory=dict)


class NotYours(Exception):
    """The dossier is outside the actor's unit, procedures or ownership; `str()` is the message to show."""


class MissingDetail(ValueError):
    """The action needs something the actor did not give (a reason, a file, a result)."""


class DossierService:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx
        self.records = DossierRecords(ctx.store)

    def submit(self, citizen: Actor, *, procedure: dict, unit: dict, owner: dict, form: dict,
               files: list[NewFile], processing: ProcessingTime, trich_yeu: str) -> Dossier:
        """A citizen's online submission: the dossier gets its code and status 1 (Mới đăng ký)."""
        row = find_transition(None, Action.SUBMIT, citizen.role)
        now = self.ctx.clock.now()
        code = issue_dossier_code(unit["code"], now.date(), self.records.next_sequence)
        dossier_id = self.records.create({
            "ma_ho_so": code, "ma_tthc": procedure["code"].strip(), "procedure_id": procedure["id"],
            "ten_tthc": procedure["name"], "unit_code": unit["code"], "unit_name": unit["name"],
            "owner_id": citizen.id, "chu_ho_so": owner["ho_va_ten"], "so_dien_thoai": owner.get("so_dien_thoai"),
            "email": owner.get("email"), "dia_chi": owner.get("dia_chi"), "kenh_thuc_hien": 2,
            "trang_thai": int(row.to_status), "trich_yeu": trich_yeu, "form": form, "ngay_nop": now.isoformat(),
            "processing_time": processing.amount, "processing_unit": processing.unit.value,
        }, now)
        for new in files:
            self.records.add_file(dossier_id, new.ma_thanh_phan, new.ten_thanh_phan, new.file_name,
                                  new.content_type, new.content, 0, now)
        return self._record(dossier_id, row, citizen, None, "Công dân nộp hồ sơ trực tuyến.", now)

    def act(self, dossier_id: int, action: Action, actor: Actor, details: ActionDetails = ActionDetails()) -> Dossier:
        dossier = self.records.get(dossier_id)
        if dossier is None:
            raise NotYours("Không tìm thấy hồ sơ.")
        self._check_reach(dossier, actor)
        row = find_transition(dossier.trang_thai, action, actor.role)
        now = self.ctx.clock.now()
        content = self._apply(dossier, row, actor, details, now)
        return self._record(dossier.id, row, actor, dossier.trang_thai, content, now)

    def _check_reach(self, dossier: Dossier, actor: Actor) -> None:
        if actor.role is Role.HE_THONG:
            return
        if actor.role is Role.CONG_DAN:
            if dossier.owner_id != actor.id:
                raise NotYours("Hồ sơ không thuộc tài khoản của bạn.")
            return
        if refusal := officer_refusal(dossier, actor.unit_code, actor.procedures):
            raise NotYours(refusal)

    def _apply(self, dossier: Dossier, row: Transition, actor: Actor, details: ActionDetails,
               now: datetime) -> str:
        """The action's own effects; returns the progress text."""
        changes: dict = {}
        note = details.note.strip()
        slip_content = {"ma_ho_so": dossier.ma_ho_so, "chu_ho_so": dossier.chu_ho_so, "ten_tthc": dossier.ten_tthc,
                        "co_quan": dossier.unit_name, "can_bo": actor.name}
        match row.action:
            case Action.ACCEPT:
                due = self._appointment(dossier, now)
                changes = {"ngay_tiep_nhan": now, "ngay_hen_tra": due}
                slip_content |= {"ngay_tiep_nhan": now.isoformat(), "ngay_hen_tra": due.isoformat(),
                                 "thanh_phan": [f.ten_thanh_phan for f in self.records.files(dossier.id)]}
                text = f"Tiếp nhận hồ sơ. Ngày hẹn trả: {due:%d/%m/%Y %H:%M}."
            case Action.REFUSE:
                self._require(note, "Vui lòng nhập lý do từ chối tiếp nhận.")
                changes = {"ngay_tu_choi": now}
                slip_content |= {"ly_do": note}
                text = f"Từ chối tiếp nhận: {note}"
            case Action.REQUEST_SUPPLEMENT:
                self._require(note, "Vui lòng nhập nội dung yêu cầu bổ sung.")
                self.records.open_supplement(dossier.id, actor.name, note, now, dossier.ngay_hen_tra)
                slip_content |= {"noi_dung": note, "ngay_yeu_cau": now.isoformat()}
                text = f"Yêu cầu bổ sung: {note}"
            case Action.SUPPLEMENT | Action.RESUBMIT:
                self._require(details.files, "Vui lòng đính kèm giấy tờ bổ sung.")
                round_no = self.records.supplement_round(dossier.id)
                for new in details.files:
                    self.records.add_file(dossier.id, new.ma_thanh_phan, new.ten_thanh_phan, new.file_name,
                                          new.content_type, new.content, round_no, now)
                due = self._appointment(dossier, now) if row.action is Action.SUPPLEMENT else None
                if due:
                    changes = {"ngay_hen_tra": due}
                self.records.close_supplement(dossier.id, now, due)
                text = "Công dân bổ sung hồ sơ." + (f" Ngày hẹn trả mới: {due:%d/%m/%Y %H:%M}." if due else "")
            case Action.START_PROCESSING:
                text = "Chuyển hồ sơ xử lý."
            case Action.STOP:
                self._require(note, "Vui lòng nhập lý do dừng xử lý.")
                slip_content |= {"ly_do": note}
                text = f"Dừng xử lý: {note}"
            case Action.APPROVE_AND_SIGN:
                self._require(details.result, "Thiếu văn bản kết quả để ký số.")
                changes = {"result": details.result, "ngay_ket_thuc_xu_ly": now}
                text = f"Phê duyệt và ký số kết quả: {details.result.get('ten_giay_to', '')}."
            case Action.RETURN_RESULT:
                self._require(dossier.result, "Hồ sơ chưa có kết quả đã ký để trả.")
                changes = {"ngay_tra": now}
                text = "Trả kết quả cho công dân."
            case Action.WITHDRAW:
                self._require(note, "Vui lòng nhập lý do rút hồ sơ.")
                text = f"Công dân rút hồ sơ. Lý do: {note}"
            case _:
                text = note or row.action.value
        if changes:
            self.records.update(dossier.id, **changes)
        if row.slip:
            self.records.add_slip(dossier.id, row.slip.value, {"mau": row.slip.value, "ten": row.slip.ten,
                                                               **slip_content}, now)
        return text

    def _appointment(self, dossier: Dossier, received_at: datetime) -> datetime:
        unit = self.ctx.store.one("SELECT province_code FROM units WHERE code = ?", (dossier.unit_code,))
        calendar = calendar_of(self.ctx.store, unit["province_code"] if unit else "")
        return calendar.appointment_date(received_at, dossier.processing_time, dossier.processing_unit)

    @staticmethod
    def _require(value, message: str) -> None:
        if not value:
            raise MissingDetail(message)

    def _record(self, dossier_id: int, row: Transition, actor: Actor, previous: Status | None, content: str,
                now: datetime) -> Dossier:
        self.records.update(dossier_id, trang_thai=row.to_status)
        dossier = self.records.get(dossier_id)
        entry = ProgressEntry(
            nguoi_xu_ly=actor.name, chuc_danh=ROLE_TITLES[actor.role],
            phong_ban_xu_ly=actor.unit_name or dossier.unit_name, thoi_diem_xu_ly=now, noi_dung_xu_ly=content,
            trang_thai=row.to_status, ngay_ket_thuc_theo_quy_dinh=dossier.ngay_hen_tra,
        )
        self.records.add_progress(dossier_id, entry)
        self.ctx.events.publish(DOSSIER_CHANGED, DossierChanged(dossier, row, entry, previous))
        return dossier
