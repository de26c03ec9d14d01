"""Setup API for dossiers: put a dossier straight into any status, read it back, declare province days off.

A dossier is never written into a status directly: the setup walks the real transitions of the service
(with set-up officers of the dossier's unit), so its dates, slips, progress and sync messages are exactly
what the UI chain would have produced. `received_at` backdates the submission and acceptance, which is how
a test reaches an overdue dossier; `supplement_request` is what the officer writes in Mẫu 02.
"""

from contextlib import nullcontext
from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from sandbox.catalog.configuration import configured_units
from sandbox.context import Ctx, SandboxContext
from sandbox.dossiers.calendars import declare_days_off
from sandbox.dossiers.processing_time import NoProcessingTime, processing_time
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.service import ActionDetails, Actor, DossierService, NewFile
from sandbox.dossiers.signing import result_title, sign_result
from sandbox.dossiers.state_machine import Action, Role, allowed_actions
from sandbox.dossiers.statuses import Status
from sandbox.identity.accounts import find_citizen

router = APIRouter(prefix="/_setup", tags=["setup"])

SETUP_NOTE = "Dữ liệu thiết lập cho kiểm thử."
SAMPLE_FILE = NewFile("", "Tờ khai (dữ liệu thiết lập)", "to-khai.pdf", "application/pdf", b"%PDF-1.4\n% sandbox\n")

# The steps after submission that lead to each status (supplement asked during processing by default).
PATHS: dict[Status, tuple[Action, ...]] = {
    Status.MOI_DANG_KY: (),
    Status.DA_TIEP_NHAN: (Action.ACCEPT,),
    Status.KHONG_DUOC_TIEP_NHAN: (Action.REFUSE,),
    Status.DANG_XU_LY: (Action.ACCEPT, Action.START_PROCESSING),
    Status.YEU_CAU_BO_SUNG: (Action.ACCEPT, Action.START_PROCESSING, Action.REQUEST_SUPPLEMENT),
    Status.YEU_CAU_NGHIA_VU_TAI_CHINH: (Action.ACCEPT, Action.START_PROCESSING, Action.REQUEST_PAYMENT),
    Status.CONG_DAN_RUT: (Action.WITHDRAW,),
    Status.DUNG_XU_LY: (Action.ACCEPT, Action.START_PROCESSING, Action.STOP),
    Status.DA_XU_LY_XONG: (Action.ACCEPT, Action.START_PROCESSING, Action.APPROVE_AND_SIGN),
    Status.DA_TRA_KET_QUA: (Action.ACCEPT, Action.START_PROCESSING, Action.APPROVE_AND_SIGN, Action.RETURN_RESULT),
}
OFFICER_ROLES = (Role.MOT_CUA, Role.CHUYEN_VIEN, Role.LANH_DAO_DON_VI)


def _role_for(status: Status | None, action: Action) -> Role:
    """Who takes the step: the citizen withdraws; otherwise the first officer role the state machine allows."""
    if action is Action.WITHDRAW:
        return Role.CONG_DAN
    return next(role for role in OFFICER_ROLES if action in allowed_actions(status, role))


class DossierSetup(BaseModel):
    procedure_code: str
    unit_code: str
    owner: str = Field(description="số định danh of a citizen created with POST /_setup/citizens")
    status: int = Field(ge=1, le=10)
    received_at: datetime | None = None
    supplement_at: Literal["receiving", "processing"] = "processing"
    supplement_request: str = Field(SETUP_NOTE, min_length=1,
                                    description="what the officer writes in Mẫu 02 (Nội dung yêu cầu bổ sung)")
    form: dict = Field(default_factory=dict)


class DaysOff(BaseModel):
    province_code: str
    days: list[date]


def dossier_view(records: DossierRecords, dossier: Dossier) -> dict:
    return {
        "id": dossier.id, "ma_ho_so": dossier.ma_ho_so, "ma_tthc": dossier.ma_tthc, "ten_tthc": dossier.ten_tthc,
        "unit_code": dossier.unit_code, "unit_name": dossier.unit_name, "owner": dossier.owner_id,
        "trang_thai": int(dossier.trang_thai) if dossier.trang_thai else None,
        "ten_trang_thai": dossier.trang_thai.ten if dossier.trang_thai else None,
        "ngay_nop": dossier.ngay_nop, "ngay_tiep_nhan": dossier.ngay_tiep_nhan, "ngay_hen_tra": dossier.ngay_hen_tra,
        "ngay_tra": dossier.ngay_tra, "result": dossier.result,
        "progress": [entry.__dict__ for entry in records.progress(dossier.id)],
        "slips": [{"mau": slip.mau, "issued_at": slip.issued_at, "content": slip.content}
                  for slip in records.slips(dossier.id)],
    }


def _setup_actor(role: Role, unit: dict, owner_id: str, owner_name: str) -> Actor:
    if role is Role.CONG_DAN:
        return Actor(role, owner_id, owner_name)
    return Actor(role, f"thiet-lap.{role.value.lower()}", "Cán bộ thiết lập dữ liệu (sandbox)", unit["code"],
                 unit["name"])


def _walk(ctx: SandboxContext, service: DossierService, dossier: Dossier, path: tuple[Action, ...], unit: dict,
          record: dict | None, supplement_request: str) -> Dossier:
    for action in path:
        actor = _setup_actor(_role_for(dossier.trang_thai, action), unit, dossier.owner_id, dossier.chu_ho_so)
        details = ActionDetails(note=supplement_request if action is Action.REQUEST_SUPPLEMENT else SETUP_NOTE)
        if action is Action.APPROVE_AND_SIGN:
            name, code = result_title(record, dossier.ten_tthc)
            details = ActionDetails(result=sign_result(
                ctx.faults, ma_ho_so=dossier.ma_ho_so, ten_giay_to=name, ma_ket_qua=code, signer=actor.name,
                signer_title="Lãnh đạo đơn vị", unit_name=unit["name"], province=unit["province_name"],
                now=ctx.clock.now()))
        dossier = service.act(dossier.id, action, actor, details)
    return dossier


@router.post("/dossiers", status_code=201)
def create_dossier(body: DossierSetup, ctx: Ctx) -> dict:
    procedure = ctx.catalog.by_code(body.procedure_code)
    if procedure is None:
        raise HTTPException(404, f"Không có thủ tục mã {body.procedure_code} trong danh mục.")
    unit_row = ctx.store.one("SELECT * FROM units WHERE code = ?", (body.unit_code,))
    if unit_row is None:
        raise HTTPException(404, f"Không có đơn vị mã {body.unit_code}.")
    if body.unit_code not in {unit.code for unit in configured_units(ctx.store, procedure.code)}:
        raise HTTPException(422, f"Thủ tục {procedure.code} chưa được cấu hình tại {unit_row['name']}.")
    citizen = find_citizen(ctx, body.owner)
    if citizen is None:
        raise HTTPException(404, f"Không có công dân số định danh {body.owner}: tạo bằng POST /_setup/citizens.")
    record = ctx.catalog.detail(procedure)
    try:
        time_needed = processing_time(record or {})
    except NoProcessingTime as error:
        raise HTTPException(422, str(error)) from None
    unit = dict(unit_row)
    status = Status(body.status)
    path = PATHS[status]
    if status is Status.YEU_CAU_BO_SUNG and body.supplement_at == "receiving":
        path = (Action.REQUEST_SUPPLEMENT,)
    service = DossierService(ctx)
    owner = Actor(Role.CONG_DAN, citizen.so_dinh_danh, citizen.ho_va_ten)
    received = ctx.clock.frozen_at(body.received_at) if body.received_at else nullcontext()
    with received:
        dossier = service.submit(
            owner, procedure={"code": procedure.code, "id": procedure.id, "name": procedure.name}, unit=unit,
            owner={"ho_va_ten": citizen.ho_va_ten, "so_dien_thoai": citizen.so_dien_thoai, "email": citizen.email,
                   "dia_chi": citizen.noi_o_hien_nay},
            form=body.form, files=[SAMPLE_FILE], processing=time_needed, trich_yeu=procedure.name)
        dossier = _walk(ctx, service, dossier, path[:1], unit, record, body.supplement_request)
    dossier = _walk(ctx, service, dossier, path[1:], unit, record, body.supplement_request)
    return dossier_view(service.records, dossier)


@router.get("/dossiers/{ma_ho_so}")
def read_dossier(ma_ho_so: str, ctx: Ctx) -> dict:
    records = DossierRecords(ctx.store)
    dossier = records.by_code(ma_ho_so)
    if dossier is None:
        raise HTTPException(404, f"Không có hồ sơ mã {ma_ho_so}.")
    return dossier_view(records, dossier)


@router.put("/calendar/days-off")
def put_days_off(body: DaysOff, ctx: Ctx) -> dict:
    declare_days_off(ctx.store, body.province_code, body.days)
    return {"province_code": body.province_code, "days": body.days}
