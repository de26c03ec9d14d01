"""Shared back-office steps: a dossier already in a status at a unit, an officer of that unit logged in, the
queues, the dossier page and its actions, and the refusals of a request sent straight to the server.

Registered for every feature by the root conftest.py.
"""

from pathlib import Path

import pytest
from playwright.sync_api import APIResponse, expect
from pytest_bdd import given, parsers, then, when

from flows.back_office import accept, open_dossier, open_queue, send_directly
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import shown_time
from pages.motcua.dossier_page import OfficerDossierPage
from pages.motcua.home_page import BackOfficeHome
from pages.motcua.queue_page import QueuePage
from steps.dossier_preparation import Dossiers, officer_actor
from steps.patterns import quoted

OFFICER = "(?P<kind>cán bộ một cửa|chuyên viên|lãnh đạo)"


def expect_known(value: str, known: str) -> None:
    """Exactly the known value (sandbox accounts), else at least some text (a real portal's accounts)."""
    assert value == known if known else value, (value, known)


@pytest.fixture
def dossiers(stage, env: Environment, setup_api, accounts, declaration_rng, portal_today,
             attachments_dir: Path) -> Dossiers:
    return Dossiers(stage, env, setup_api, accounts, declaration_rng, portal_today, attachments_dir)


@given(quoted('hồ sơ thủ tục "{code}" của công dân mức độ {level} đang ở trạng thái "{status}" tại "{unit}"'),
       target_fixture="ma_ho_so")
def dossier_prepared(dossiers: Dossiers, code: str, level: str, status: str, unit: str) -> str:
    return dossiers.prepare(code, level, status, unit)


@given(quoted('hồ sơ thủ tục "{code}" của công dân mức độ {level} đang ở trạng thái "{status}" tại "{unit}", '
              'tiếp nhận lúc {clock_time} ngày {day}'), target_fixture="ma_ho_so")
def dossier_received_at(dossiers: Dossiers, code: str, level: str, status: str, unit: str, clock_time: str,
                        day: str) -> str:
    return dossiers.prepare(code, level, status, unit, shown_time(f"{day} {clock_time}"))


@given(parsers.re(f'{OFFICER} của "(?P<unit>[^"]*)" đã đăng nhập hệ thống Một cửa điện tử'),
       target_fixture="officer")
def officer_logged_in(stage, env: Environment, accounts, kind: str, unit: str) -> Account:
    actor = officer_actor(kind, unit)
    home = BackOfficeHome(stage.new_page(actor))
    home.load(env.url("motcua"))
    expect(home.menu).to_be_visible()
    return accounts.get(actor)


@when(quoted('cán bộ mở mục "{entry}" thuộc nhóm "{group}"'), target_fixture="queue")
def open_entry(stage, env: Environment, entry: str, group: str) -> QueuePage:
    return open_queue(stage.active_page, env, group, entry)


@when("cán bộ mở hồ sơ")
def open_the_dossier(stage, env: Environment, ma_ho_so: str) -> None:
    open_dossier(stage.active_page, env, ma_ho_so)


@when("cán bộ tiếp nhận hồ sơ", target_fixture="receipt")
def accept_dossier(stage, env: Environment, ma_ho_so: str) -> dict[str, str]:
    receipt = accept(stage.active_page, env, ma_ho_so)
    attach_seen("Mẫu số 01", receipt)
    return receipt


@when(quoted('cán bộ bấm "{action}"'))
def press(stage, action: str) -> None:
    OfficerDossierPage(stage.active_page).act(action)


@when(quoted('cán bộ bấm "{action}" với lý do "{reason}"'))
def press_with_reason(stage, action: str, reason: str) -> None:
    OfficerDossierPage(stage.active_page).act(action, reason)


@when(quoted('cán bộ gửi thẳng yêu cầu "{action}" hồ sơ tới hệ thống Một cửa điện tử'),
      target_fixture="direct_answer")
def send_straight(stage, env: Environment, ma_ho_so: str, action: str) -> APIResponse:
    return send_directly(stage.active_page, env, ma_ho_so, action)


@then(quoted('danh sách có hồ sơ với trạng thái "{status}"'))
def queue_lists(queue: QueuePage, ma_ho_so: str, status: str) -> None:
    row = queue.row_for(ma_ho_so)
    attach_seen("Dòng của hồ sơ trong danh sách", row or "không có")
    assert row is not None, f"danh sách không có hồ sơ {ma_ho_so}"
    assert row["Trạng thái"] == status


@then("danh sách không có hồ sơ")
def queue_lacks(queue: QueuePage, ma_ho_so: str) -> None:
    assert queue.row_for(ma_ho_so) is None, f"danh sách có hồ sơ {ma_ho_so}"


@then(quoted('ngày hẹn trả của hồ sơ trong danh sách là "{when}"'))
def queue_appointment(queue: QueuePage, ma_ho_so: str, when: str) -> None:
    assert queue.row_for(ma_ho_so)["Ngày hẹn trả"] == when


@then(quoted('hồ sơ ở trạng thái "{status}" trên hệ thống Một cửa điện tử'))
def back_office_status(stage, env: Environment, ma_ho_so: str, status: str) -> None:
    dossier = open_dossier(stage.active_page, env, ma_ho_so)
    expect(dossier.status).to_have_text(status)


@then(parsers.re(f'{OFFICER} của "(?P<unit>[^"]*)" thấy hồ sơ vẫn ở trạng thái "(?P<status>[^"]*)"'))
def unit_officer_sees(stage, env: Environment, ma_ho_so: str, kind: str, unit: str, status: str) -> None:
    dossier = open_dossier(stage.new_page(officer_actor(kind, unit)), env, ma_ho_so)
    expect(dossier.status).to_have_text(status)


@then(quoted('trang hồ sơ vẫn ghi trạng thái "{status}" và chưa cấp phiếu nào'))
def unchanged_without_slip(stage, status: str) -> None:
    dossier = OfficerDossierPage(stage.active_page)
    expect(dossier.status).to_have_text(status)
    assert dossier.issued_slips() == []


@then(quoted('trang hồ sơ vẫn ghi trạng thái "{status}" và chưa có kết quả giải quyết'))
def unchanged_without_result(stage, status: str) -> None:
    dossier = OfficerDossierPage(stage.active_page)
    expect(dossier.status).to_have_text(status)
    expect(dossier.result).to_have_count(0)


@then(quoted('quá trình xử lý ghi cán bộ đã chuyển hồ sơ sang "{status}"'))
def progress_records(stage, officer: Account, status: str) -> None:
    rows = OfficerDossierPage(stage.active_page).progress()
    attach_seen("Quá trình xử lý", rows)
    row = rows[-1]
    assert row["Trạng thái"] == status
    expect_known(row["Người xử lý"], officer.display_name)
    assert row["Thời điểm"] and row["Chức danh"] and row["Đơn vị"], row


@then(quoted('cán bộ không có thao tác "{action}"'))
def action_not_offered(stage, action: str) -> None:
    actions = OfficerDossierPage(stage.active_page).available_actions()
    attach_seen("Các thao tác trên trang hồ sơ", actions)
    assert action not in actions


@then(quoted('trang hồ sơ báo "{message}"'))
def back_office_alert(stage, message: str) -> None:
    expect(OfficerDossierPage(stage.active_page).action_error).to_have_text(message)


@then(quoted('hệ thống Một cửa điện tử từ chối với mã {status} và thông báo "{message}"'))
def refused_straight(stage, direct_answer: APIResponse, status: str, message: str) -> None:
    body = direct_answer.text()
    attach_seen("Trả lời của hệ thống Một cửa điện tử", {"mã": direct_answer.status, "url": direct_answer.url})
    assert direct_answer.status == int(status), direct_answer.status
    # The answer shown as the officer would read it, so the evidence has its screenshot.
    page = stage.active_page
    page.set_content(body)
    expect(page.get_by_role("alert")).to_have_text(message)
