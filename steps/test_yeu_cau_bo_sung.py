"""Steps of yeu_cau_bo_sung.feature: a dossier waiting for supplements (asked in processing or at receiving,
with the request the scenario states), what the citizen reads and sends, the status and appointment date that
follow, and withdrawal.

Every dossier comes from flows/preconditions.py (the setup API on the sandbox, the UI chain elsewhere); the
supplement's time is read from the dossier's progress and must fall within the citizen's click.
"""

from collections.abc import Callable
from datetime import datetime

from playwright.sync_api import expect
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN
from flows.lookup import open_own_dossier
from flows.preconditions import RECEIVING, Dossiers, Wanted
from flows.submission import Submitted
from harness.actors import Account
from harness.config import Environment
from harness.data.documents import make_document
from harness.evidence.attachments import attach_seen
from harness.rules.appointment import expected_appointment
from harness.rules.moments import Window, during, outside_window
from harness.vietnam_time import shown, shown_time
from pages.portal.citizen_dossier_page import CitizenDossierPage
from steps.patterns import quoted
from steps.statuses import expect_status, status_in

scenarios("yeu_cau_bo_sung.feature")

REQUEST = "Yêu cầu bổ sung giấy tờ"


def prepared(dossiers: Dossiers, citizen: Account, wanted: Wanted) -> Submitted:
    ma_ho_so = dossiers.prepare(citizen, wanted)
    attach_seen("Hồ sơ chuẩn bị sẵn", {"mã hồ sơ": ma_ho_so, "trạng thái": wanted.status, "đơn vị": wanted.unit})
    return Submitted(ma_ho_so)


def own_page(stage) -> CitizenDossierPage:
    return CitizenDossierPage(stage.page(CITIZEN))


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" ở trạng thái "{status}"'),
       target_fixture="submission")
def dossier_in_status(dossiers: Dossiers, citizen: Account, code: str, agency: str, status: str) -> Submitted:
    return prepared(dossiers, citizen, Wanted(code, agency, status))


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" mà chuyên viên yêu cầu bổ sung "{request}"'),
       target_fixture="submission")
def supplement_asked(dossiers: Dossiers, citizen: Account, code: str, agency: str, request: str) -> Submitted:
    return prepared(dossiers, citizen, Wanted(code, agency, REQUEST, supplement_request=request))


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" bị yêu cầu bổ sung ngay khi tiếp nhận'),
       target_fixture="submission")
def supplement_asked_at_receiving(dossiers: Dossiers, citizen: Account, code: str, agency: str) -> Submitted:
    return prepared(dossiers, citizen, Wanted(code, agency, REQUEST, supplement_at=RECEIVING))


@when("công dân mở hồ sơ của mình")
def open_own(stage, env: Environment, submission: Submitted) -> None:
    open_own_dossier(stage.page(CITIZEN), env, submission.ma_ho_so)


@then(quoted('hồ sơ ở trạng thái "{status}"'))
def dossier_status(stage, status: str) -> None:
    expect_status(own_page(stage).status, status)


@then("công dân đọc được đúng nội dung chuyên viên đã ghi trong Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)")
def reads_the_request(stage, dossiers: Dossiers, submission: Submitted) -> None:
    written = dossiers.wanted[submission.ma_ho_so].supplement_request
    read = own_page(stage).supplement_request()
    attach_seen("Yêu cầu bổ sung", {"chuyên viên ghi": written, "công dân đọc": read})
    assert read == written


@when(quoted('công dân bổ sung giấy tờ "{name}"'), target_fixture="supplemented")
def send_supplement(stage, attachments_dir, portal_clock: Callable[[], datetime], name: str) -> Window:
    files = [make_document(attachments_dir, name)]
    _, window = during(portal_clock, lambda: own_page(stage).supplement(files))
    return window


@when("công dân gửi bổ sung mà không đính kèm giấy tờ nào")
def send_nothing(stage) -> None:
    own_page(stage).supplement([])


@then(parsers.parse("ngày hẹn trả mới là {days:d} ngày làm việc tính từ lúc bổ sung"))
def new_appointment(stage, supplemented: Window, days: int) -> None:
    dossier = own_page(stage)
    entry = dossier.progress()[-1]
    assert status_in(entry) == "Đang xử lý", entry
    supplemented_at = entry["Thời điểm"]
    assert outside_window(supplemented_at, supplemented) is None, outside_window(supplemented_at, supplemented)
    expected = shown(expected_appointment(shown_time(supplemented_at), days))
    attach_seen("Ngày hẹn trả", {"bổ sung lúc": supplemented_at, "bấm gửi lúc": str(supplemented),
                                 "kỳ vọng": expected})
    expect(dossier.appointment).to_have_text(expected)


@then("hồ sơ chưa có ngày hẹn trả")
def no_appointment(stage) -> None:
    expect(own_page(stage).appointment).to_have_text("Chưa có")


@then(quoted('Cổng báo "{message}" tại mục "Giấy tờ bổ sung"'))
def supplement_refused(stage, message: str) -> None:
    assert own_page(stage).supplement_error() == message


@when(quoted('công dân rút hồ sơ với lý do "{reason}"'))
def withdraw(stage, reason: str) -> None:
    own_page(stage).withdraw(reason)
