"""Steps of yeu_cau_bo_sung.feature: a dossier waiting for supplements, what the citizen reads and sends, the
status and appointment date that follow, and withdrawal.

A dossier in a plain status comes from steps/dossier_preparation.py (the setup API on the sandbox, the UI chain on
a real portal); a supplement asked at receiving or at a given time of day only the sandbox's setup API can make.
"""

from datetime import datetime, time, timedelta

from playwright.sync_api import expect
from pytest_bdd import given, parsers, scenarios, then, when

from flows.preconditions import status_code, unit_code
from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.data.documents import make_document
from harness.evidence.attachments import attach_seen
from harness.rules.appointment import expected_appointment
from harness.vietnam_time import VIETNAM, shown
from pages.portal.citizen_dossier_page import CitizenDossierPage
from steps.citizen_steps import Submission
from steps.dossier_preparation import Dossiers
from steps.patterns import quoted

scenarios("yeu_cau_bo_sung.feature")

SUPPLEMENT_REQUEST_SLIP = "02"


def setup_dossier(setup_api: SetupClient, citizen: Account, code: str, agency: str, status: str,
                  **options) -> Submission:
    """A dossier of the citizen walked into `status` by the sandbox's setup API (docs/sandbox-setup-api.md)."""
    dossier = setup_api.create_dossier(code, unit_code(setup_api, agency), citizen.login_id, status_code(status),
                                       **options)
    attach_seen("Hồ sơ chuẩn bị sẵn", {"mã hồ sơ": dossier["ma_ho_so"], "trạng thái": dossier["ten_trang_thai"]})
    return Submission(dossier["ma_ho_so"], frozenset())


def sandbox_time_today(setup_api: SetupClient, clock_time: str) -> datetime:
    today = datetime.fromisoformat(setup_api.health()["now"]).date()
    return datetime.combine(today, time.fromisoformat(clock_time), VIETNAM)


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" ở trạng thái "{status}"'),
       target_fixture="submission")
def dossier_in_status(dossiers: Dossiers, citizen: Account, code: str, agency: str, status: str) -> Submission:
    ma_ho_so = dossiers.prepare(code, str(citizen.level), status, agency)
    return Submission(ma_ho_so, frozenset())


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" bị yêu cầu bổ sung ngay khi tiếp nhận'),
       target_fixture="submission")
def supplement_asked_at_receiving(setup_api, citizen, code: str, agency: str) -> Submission:
    return setup_dossier(setup_api, citizen, code, agency, "Yêu cầu bổ sung giấy tờ", supplement_at="receiving")


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" được tiếp nhận {days} ngày trước và bị yêu cầu '
              'bổ sung lúc {clock_time} hôm nay'), target_fixture="submission")
def supplement_asked_today(setup_api, citizen, request, code: str, agency: str, days: str,
                           clock_time: str) -> Submission:
    asked_at = sandbox_time_today(setup_api, clock_time)
    setup_api.set_clock(asked_at)
    request.addfinalizer(setup_api.reset_clock)
    return setup_dossier(setup_api, citizen, code, agency, "Yêu cầu bổ sung giấy tờ",
                         received_at=asked_at - timedelta(days=int(days)))


@when("công dân mở hồ sơ của mình")
def open_own_dossier(stage, env: Environment, submission: Submission) -> None:
    CitizenDossierPage(stage.active_page).load(env.url("portal"), submission.ma_ho_so)


@then(quoted('hồ sơ ở trạng thái "{status}"'))
def dossier_status(stage, status: str) -> None:
    expect(CitizenDossierPage(stage.active_page).status).to_have_text(status)


@then("công dân đọc được đúng nội dung yêu cầu bổ sung của Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)")
def reads_the_request(stage, setup_api, submission: Submission) -> None:
    dossier = setup_api.dossier(submission.ma_ho_so)
    slip = next(slip for slip in dossier["slips"] if slip["mau"] == SUPPLEMENT_REQUEST_SLIP)
    shown = CitizenDossierPage(stage.active_page).supplement_request()
    attach_seen("Yêu cầu bổ sung", {"Mẫu 02": slip["content"]["noi_dung"], "công dân đọc": shown})
    assert shown == slip["content"]["noi_dung"]


@when(quoted('công dân bổ sung giấy tờ "{name}"'))
def send_supplement(stage, attachments_dir, name: str) -> None:
    CitizenDossierPage(stage.active_page).supplement([make_document(attachments_dir, name)])


@when(quoted('công dân bổ sung giấy tờ "{name}" lúc {clock_time} hôm nay'), target_fixture="supplemented_at")
def send_supplement_at(stage, setup_api, attachments_dir, name: str, clock_time: str) -> datetime:
    moment = sandbox_time_today(setup_api, clock_time)
    setup_api.set_clock(moment)
    send_supplement(stage, attachments_dir, name)
    return moment


@when("công dân gửi bổ sung mà không đính kèm giấy tờ nào")
def send_nothing(stage) -> None:
    CitizenDossierPage(stage.active_page).supplement([])


@then(parsers.parse("ngày hẹn trả mới là {days:d} ngày làm việc tính từ lúc bổ sung"))
def new_appointment(stage, supplemented_at: datetime, days: int) -> None:
    expected = shown(expected_appointment(supplemented_at, days))
    attach_seen("Ngày hẹn trả", {"bổ sung lúc": shown(supplemented_at), "kỳ vọng": expected})
    expect(CitizenDossierPage(stage.active_page).appointment).to_have_text(expected)


@then("hồ sơ chưa có ngày hẹn trả")
def no_appointment(stage) -> None:
    expect(CitizenDossierPage(stage.active_page).appointment).to_have_text("Chưa có")


@then(quoted('Cổng báo "{message}" tại mục "Giấy tờ bổ sung"'))
def supplement_refused(stage, message: str) -> None:
    assert CitizenDossierPage(stage.active_page).supplement_error() == message


@when(quoted('công dân rút hồ sơ với lý do "{reason}"'))
def withdraw(stage, reason: str) -> None:
    CitizenDossierPage(stage.active_page).withdraw(reason)
