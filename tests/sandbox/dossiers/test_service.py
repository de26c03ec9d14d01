"""The dossier service: what each step writes, and who may take it (server-side permissions)."""

from datetime import datetime
from pathlib import Path

import pytest

from sandbox.clock import VIETNAM, Clock
from sandbox.context import SandboxContext
from sandbox.dossiers.calendars import DDL as CALENDAR_DDL
from sandbox.dossiers.processing_time import ProcessingTime
from sandbox.dossiers.records import DDL as DOSSIER_DDL
from sandbox.dossiers.service import (
    DOSSIER_CHANGED,
    ActionDetails,
    Actor,
    DossierService,
    MissingDetail,
    NewFile,
    NotYours,
)
from sandbox.dossiers.state_machine import Action, Role, TransitionRefused
from sandbox.dossiers.statuses import Status
from sandbox.dossiers.working_days import ProcessingTimeUnit
from sandbox.faults import FaultSwitches
from sandbox.settings import SandboxSettings
from sandbox.store import Store
from sandbox.units import routes as units

WARD = {"code": "000.21.31.H15", "name": "Công an Phường Tuy Hòa"}
OTHER_WARD = "000.21.32.H15"
CITIZEN = Actor(Role.CONG_DAN, "066090001234", "Trần Thị Mai")
DESK = Actor(Role.MOT_CUA, "motcua.tuyhoa", "Lê Văn Nam", WARD["code"], WARD["name"])
CLERK = Actor(Role.CHUYEN_VIEN, "cv.tuyhoa", "Phạm Thu Hà", WARD["code"], WARD["name"])
LEADER = Actor(Role.LANH_DAO_DON_VI, "ld.tuyhoa", "Nguyễn Văn Hùng", WARD["code"], WARD["name"])


@pytest.fixture
def ctx(tmp_path: Path) -> SandboxContext:
    context = SandboxContext(SandboxSettings(db_path=tmp_path / "db.sqlite3"), Store(tmp_path / "db.sqlite3"),
                             Clock(), FaultSwitches())
    for ddl in (units.DDL, DOSSIER_DDL, CALENDAR_DDL):
        context.store.create_tables(ddl)
    units.install(context)
    context.clock.freeze(datetime(2026, 11, 9, 9, 0, tzinfo=VIETNAM))
    return context


def submit(service: DossierService, citizen: Actor = CITIZEN):
    return service.submit(
        citizen,
        procedure={"code": "1.004194", "id": "019d-tam-tru", "name": "Đăng ký tạm trú"},
        unit=WARD,
        owner={"ho_va_ten": citizen.name, "so_dien_thoai": "0912345678"},
        form={"noi_tam_tru": "Số 5 đường Hùng Vương, Phường Tuy Hòa, Tỉnh Đắk Lắk"},
        files=[NewFile("000.00.00.G01-KQ003632", "Giấy tờ chứng minh chỗ ở", "hop-dong.pdf", "application/pdf",
                       b"%PDF-1.4 test")],
        processing=ProcessingTime(3, ProcessingTimeUnit.WORKING_DAY),
        trich_yeu="Đăng ký tạm trú",
    )


def test_submission_gets_a_unit_daily_code_and_status_1(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    first, second = submit(service), submit(service)
    assert first.ma_ho_so == "000.21.31.H15-261109-0001"
    assert second.ma_ho_so == "000.21.31.H15-261109-0002"
    assert first.trang_thai is Status.MOI_DANG_KY
    assert [p.noi_dung_xu_ly for p in service.records.progress(first.id)] == ["Công dân nộp hồ sơ trực tuyến."]


def test_accepting_sets_the_appointment_and_issues_mau_01(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    dossier = service.act(submit(service).id, Action.ACCEPT, DESK)
    assert dossier.trang_thai is Status.DA_TIEP_NHAN
    assert dossier.ngay_hen_tra == datetime(2026, 11, 11, 17, 0, tzinfo=VIETNAM)
    slip = service.records.slips(dossier.id)[0]
    assert slip.mau == "01" and slip.content["ngay_hen_tra"].startswith("2026-11-11T17:00")
    entry = service.records.progress(dossier.id)[-1]
    assert (entry.nguoi_xu_ly, entry.chuc_danh, entry.trang_thai) == ("Lê Văn Nam", "Cán bộ tiếp nhận", Status(2))


def test_refusal_needs_a_reason_and_issues_mau_03(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    dossier_id = submit(service).id
    with pytest.raises(MissingDetail):
        service.act(dossier_id, Action.REFUSE, DESK)
    refused = service.act(dossier_id, Action.REFUSE, DESK, ActionDetails(note="Sai thẩm quyền"))
    assert refused.trang_thai is Status.KHONG_DUOC_TIEP_NHAN
    assert service.records.slips(dossier_id)[0].content["ly_do"] == "Sai thẩm quyền"


def test_an_officer_of_another_unit_is_refused(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    stranger = Actor(Role.MOT_CUA, "motcua.bmt", "Đỗ Minh", OTHER_WARD, "Công an Phường Buôn Ma Thuột")
    with pytest.raises(NotYours):
        service.act(submit(service).id, Action.ACCEPT, stranger)


def test_a_citizen_cannot_touch_someone_elses_dossier(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    with pytest.raises(NotYours):
        service.act(submit(service).id, Action.WITHDRAW, Actor(Role.CONG_DAN, "079303000111", "Người khác"))


def test_the_wrong_role_is_refused_by_the_state_machine(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    with pytest.raises(TransitionRefused):
        service.act(submit(service).id, Action.ACCEPT, CLERK)


def test_supplement_during_processing_rebases_the_appointment(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    dossier_id = service.act(submit(service).id, Action.ACCEPT, DESK).id
    service.act(dossier_id, Action.START_PROCESSING, CLERK)
    service.act(dossier_id, Action.REQUEST_SUPPLEMENT, CLERK, ActionDetails(note="Bổ sung hợp đồng thuê nhà"))
    ctx.clock.freeze(datetime(2026, 11, 12, 10, 0, tzinfo=VIETNAM))
    with pytest.raises(MissingDetail):
        service.act(dossier_id, Action.SUPPLEMENT, CITIZEN)
    new_file = NewFile("000.00.00.G01-KQ003632", "Hợp đồng thuê nhà", "hd.pdf", "application/pdf", b"%PDF")
    dossier = service.act(dossier_id, Action.SUPPLEMENT, CITIZEN, ActionDetails(files=(new_file,)))
    assert dossier.trang_thai is Status.DANG_XU_LY
    assert dossier.ngay_hen_tra == datetime(2026, 11, 16, 17, 0, tzinfo=VIETNAM)
    round_ = service.records.supplements(dossier_id)[0]
    assert round_["ngay_hen_tra_truoc"].startswith("2026-11-11T17:00")
    assert round_["ngay_hen_tra_moi"].startswith("2026-11-16T17:00")


def test_result_is_signed_before_it_can_be_returned(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    dossier_id = service.act(submit(service).id, Action.ACCEPT, DESK).id
    service.act(dossier_id, Action.START_PROCESSING, CLERK)
    with pytest.raises(MissingDetail):
        service.act(dossier_id, Action.APPROVE_AND_SIGN, LEADER)
    service.act(dossier_id, Action.APPROVE_AND_SIGN, LEADER, ActionDetails(result={"ten_giay_to": "Xác nhận tạm trú"}))
    returned = service.act(dossier_id, Action.RETURN_RESULT, DESK)
    assert returned.trang_thai is Status.DA_TRA_KET_QUA and returned.ngay_tra is not None


def test_every_change_is_published_once(ctx: SandboxContext) -> None:
    seen = []
    ctx.events.subscribe(DOSSIER_CHANGED, lambda event: seen.append((event.previous_status, event.dossier.trang_thai)))
    service = DossierService(ctx)
    service.act(submit(service).id, Action.ACCEPT, DESK)
    assert seen == [(None, Status.MOI_DANG_KY), (Status.MOI_DANG_KY, Status.DA_TIEP_NHAN)]


def test_a_withdrawal_needs_a_reason(ctx: SandboxContext) -> None:
    service = DossierService(ctx)
    dossier = submit(service)
    with pytest.raises(MissingDetail, match="Vui lòng nhập lý do rút hồ sơ."):
        service.act(dossier.id, Action.WITHDRAW, CITIZEN, ActionDetails(note="  "))
    assert service.records.get(dossier.id).trang_thai is Status.MOI_DANG_KY
