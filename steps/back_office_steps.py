"""Shared back-office steps: a dossier already in a status at a unit, an officer of that unit logged in, the
queues, the dossier page and its actions (with the portal's time around each press), and the refusals of a
request sent straight to the server.

Registered for every feature by the root conftest.py. The officer's page is the stage's OFFICER page; a step
about another officer names that officer's page.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import APIResponse, expect
from pytest_bdd import given, parsers, then, when

from fixtures.browser import OFFICER
from flows.back_office import accept, officer_dossier, open_dossier, open_home, open_queue, send_directly
from flows.preconditions import Dossiers, Wanted
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen, attach_text
from harness.rules.moments import Window, during, outside_window
from harness.vietnam_time import shown_time
from pages.motcua.system import DossierQueue
from steps.answers import alerts_in
from steps.patterns import OFFICER as OFFICER_KIND
from steps.patterns import OFFICER_ROLES, quoted
from steps.statuses import expect_status, status_in


@pytest.fixture
def dossiers(stage, env: Environment, setup_api, declaration_rng, portal_today, attachments_dir: Path) -> Dossiers:
    return Dossiers(stage, env, setup_api, declaration_rng, portal_today, attachments_dir)


@pytest.fixture
def pressed() -> dict[str, Window]:
    """The portal's time around each action an officer took in the scenario, by the action's name."""
    return {}


def prepare(dossiers: Dossiers, owner: Account, wanted: Wanted) -> str:
    ma_ho_so = dossiers.prepare(owner, wanted)
    attach_seen("Hồ sơ chuẩn bị sẵn", {"mã hồ sơ": ma_ho_so, "trạng thái": wanted.status, "đơn vị": wanted.unit})
    return ma_ho_so


def latest_window(pressed: dict[str, Window]) -> Window:
    assert pressed, "Kịch bản chưa có thao tác nào của cán bộ để đối chiếu thời điểm."
    return list(pressed.values())[-1]


def expect_within(shown: str, window: Window, what: str) -> None:
    attach_seen(what, {"trên trang": shown, "lúc thao tác": str(window)})
    problem = outside_window(shown, window)
    assert problem is None, f"{what}: {problem}"


@given(quoted('hồ sơ thủ tục "{code}" của công dân mức độ {level} đang ở trạng thái "{status}" tại "{unit}"'),
       target_fixture="ma_ho_so")
def dossier_prepared(dossiers: Dossiers, accounts, code: str, level: str, status: str, unit: str) -> str:
    return prepare(dossiers, accounts.get(f"citizen_l{level}"), Wanted(code, unit, status))


@given(quoted('hồ sơ thủ tục "{code}" của công dân mức độ {level} đang ở trạng thái "{status}" tại "{unit}", '
              'tiếp nhận lúc {clock_time} ngày {day}'), target_fixture="ma_ho_so")
def dossier_received_at(dossiers: Dossiers, accounts, code: str, level: str, status: str, unit: str,
                        clock_time: str, day: str) -> str:
    wanted = Wanted(code, unit, status, received_at=shown_time(f"{day} {clock_time}"))
    return prepare(dossiers, accounts.get(f"citizen_l{level}"), wanted)


@given(parsers.re(f'{OFFICER_KIND} của "(?P<unit>[^"]*)" đã đăng nhập hệ thống Một cửa điện tử'),
       target_fixture="officer")
def officer_logged_in(stage, env: Environment, accounts, kind: str, unit: str) -> Account:
    actor = env.officer_at(unit, OFFICER_ROLES[kind]).name
    open_home(stage.open(OFFICER, actor), env)
    return accounts.get(actor)


@when(quoted('cán bộ mở mục "{entry}" thuộc nhóm "{group}"'), target_fixture="queue")
def open_entry(stage, env: Environment, entry: str, group: str) -> DossierQueue:
    return open_queue(stage.page(OFFICER), env, group, entry)


@when("cán bộ mở hồ sơ")
def open_the_dossier(stage, env: Environment, ma_ho_so: str) -> None:
    open_dossier(stage.page(OFFICER), env, ma_ho_so)


@when("cán bộ tiếp nhận hồ sơ", target_fixture="receipt")
def accept_dossier(stage, env: Environment, ma_ho_so: str, portal_clock: Callable[[], datetime],
                   pressed: dict[str, Window]) -> dict[str, str]:
    receipt, pressed["Tiếp nhận"] = during(portal_clock, lambda: accept(stage.page(OFFICER), env, ma_ho_so))
    attach_seen("Mẫu số 01", receipt)
    return receipt


@when(quoted('cán bộ bấm "{action}"'))
def press(stage, env: Environment, ma_ho_so: str, action: str, portal_clock: Callable[[], datetime],
          pressed: dict[str, Window]) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    _, pressed[action] = during(portal_clock, lambda: dossier.act(action))


@when(quoted('cán bộ bấm "{action}" với lý do "{reason}"'))
def press_with_reason(stage, env: Environment, ma_ho_so: str, action: str, reason: str,
                      portal_clock: Callable[[], datetime], pressed: dict[str, Window]) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    _, pressed[action] = during(portal_clock, lambda: dossier.act(action, reason))


@when(quoted('cán bộ gửi thẳng yêu cầu "{action}" hồ sơ tới hệ thống Một cửa điện tử'),
      target_fixture="direct_answer")
def send_straight(stage, env: Environment, ma_ho_so: str, action: str) -> APIResponse:
    answer = send_directly(stage.page(OFFICER), env, ma_ho_so, action)
    attach_seen("Yêu cầu gửi thẳng", {"thao tác": action, "mã trả lời": answer.status, "địa chỉ": answer.url})
    attach_text("Nội dung trả lời của hệ thống Một cửa điện tử", answer.text())
    return answer


@then(quoted('danh sách có hồ sơ với trạng thái "{status}"'))
def queue_lists(queue: DossierQueue, ma_ho_so: str, status: str) -> None:
    row = queue.row_for(ma_ho_so)
    attach_seen("Dòng của hồ sơ trong danh sách", row or "không có")
    assert row is not None, f"danh sách không có hồ sơ {ma_ho_so}"
    assert status_in(row) == status


@then("danh sách không có hồ sơ")
def queue_lacks(queue: DossierQueue, ma_ho_so: str) -> None:
    assert queue.row_for(ma_ho_so) is None, f"danh sách có hồ sơ {ma_ho_so}"


@then(quoted('ngày hẹn trả của hồ sơ trong danh sách là "{when}"'))
def queue_appointment(queue: DossierQueue, ma_ho_so: str, when: str) -> None:
    row = queue.row_for(ma_ho_so)
    assert row is not None, f"danh sách không có hồ sơ {ma_ho_so}"
    assert row["Ngày hẹn trả"] == when


@then(quoted('hồ sơ ở trạng thái "{status}" trên hệ thống Một cửa điện tử'))
def back_office_status(stage, env: Environment, ma_ho_so: str, status: str) -> None:
    expect_status(open_dossier(stage.page(OFFICER), env, ma_ho_so).status, status)


@then(parsers.re(f'{OFFICER_KIND} của "(?P<unit>[^"]*)" thấy hồ sơ vẫn ở trạng thái "(?P<status>[^"]*)"'))
def unit_officer_sees(stage, env: Environment, ma_ho_so: str, kind: str, unit: str, status: str) -> None:
    actor = env.officer_at(unit, OFFICER_ROLES[kind]).name
    expect_status(open_dossier(stage.open(f"{kind} của {unit}", actor), env, ma_ho_so).status, status)


@then(quoted('trang hồ sơ vẫn ghi trạng thái "{status}" và chưa cấp phiếu nào'))
def unchanged_without_slip(stage, env: Environment, ma_ho_so: str, status: str) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    expect_status(dossier.status, status)
    assert dossier.issued_slips() == []


@then(quoted('trang hồ sơ vẫn ghi trạng thái "{status}" và chưa có kết quả giải quyết'))
def unchanged_without_result(stage, env: Environment, ma_ho_so: str, status: str) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    expect_status(dossier.status, status)
    expect(dossier.result).to_have_count(0)


@then(quoted('quá trình xử lý ghi cán bộ đã chuyển hồ sơ sang "{status}"'))
def progress_records(stage, env: Environment, ma_ho_so: str, officer: Account, status: str,
                     pressed: dict[str, Window]) -> None:
    rows = officer_dossier(stage.page(OFFICER), env, ma_ho_so).progress()
    attach_seen("Quá trình xử lý", rows)
    row = rows[-1]
    assert status_in(row) == status
    assert (row["Người xử lý"], row["Đơn vị"]) == (officer.display_name, officer.unit), row
    assert row["Chức danh"], row
    expect_within(row["Thời điểm"], latest_window(pressed), "Thời điểm của bước xử lý")


@then(quoted('cán bộ không có thao tác "{action}"'))
def action_not_offered(stage, env: Environment, ma_ho_so: str, action: str) -> None:
    actions = officer_dossier(stage.page(OFFICER), env, ma_ho_so).available_actions()
    attach_seen("Các thao tác trên trang hồ sơ", actions)
    assert action not in actions


@then(quoted('trang hồ sơ báo "{message}"'))
def back_office_alert(stage, env: Environment, ma_ho_so: str, message: str) -> None:
    expect(officer_dossier(stage.page(OFFICER), env, ma_ho_so).action_error).to_have_text(message)


@then(quoted('hệ thống Một cửa điện tử từ chối với mã {status} và thông báo "{message}"'))
def refused_straight(direct_answer: APIResponse, status: str, message: str) -> None:
    """Read from the answer itself (attached when it came): no page shows a crafted request's answer."""
    alerts = alerts_in(direct_answer.text())
    attach_seen("Thông báo trong trả lời", alerts)
    assert direct_answer.status == int(status), direct_answer.status
    assert message in alerts, alerts
