"""Steps of tiep_nhan.feature: accepting (Mẫu 01 and its appointment date, checked against the harness's own
rule), refusing with or without a reason (Mẫu 03)."""

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from fixtures.browser import OFFICER
from flows.back_office import REFUSAL, officer_dossier, open_dossier, read_slip
from flows.preconditions import Dossiers
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.appointment import expected_appointment
from harness.rules.moments import Window, outside_window
from harness.vietnam_time import shown, shown_time
from steps.patterns import quoted
from steps.statuses import entry_with_status

scenarios("tiep_nhan.feature")


@when(quoted('cán bộ bấm "{action}" nhưng không nhập lý do'))
def press_without_reason(stage, env: Environment, ma_ho_so: str, action: str) -> None:
    officer_dossier(stage.page(OFFICER), env, ma_ho_so).act(action)


@when(quoted('cán bộ nhập lý do "{reason}" vào hộp thoại "{action}" và xác nhận'))
def confirm_reason(stage, env: Environment, ma_ho_so: str, reason: str, action: str) -> None:
    officer_dossier(stage.page(OFFICER), env, ma_ho_so).confirm(action, reason)


@then(quoted('Mẫu số 01 ghi đúng mã hồ sơ, chủ hồ sơ, thủ tục "{procedure}", cơ quan "{unit}" và cán bộ tiếp nhận'))
def receipt_reads(receipt: dict[str, str], ma_ho_so: str, dossiers: Dossiers, officer: Account, procedure: str,
                  unit: str) -> None:
    assert (receipt["Mã hồ sơ"], receipt["Thủ tục"], receipt["Cơ quan tiếp nhận"]) == (ma_ho_so, procedure, unit)
    assert (receipt["Chủ hồ sơ"], receipt["Cán bộ tiếp nhận"]) == (dossiers.owners[ma_ho_so].display_name,
                                                                  officer.display_name)
    assert receipt["Thành phần hồ sơ"], "Mẫu 01 phải liệt kê thành phần hồ sơ"


@then(parsers.parse("ngày hẹn trả kết quả là ngày tiếp nhận cộng {days:d} ngày làm việc"))
def appointment_by_rule(stage, env: Environment, ma_ho_so: str, receipt: dict[str, str], days: int,
                        pressed: dict[str, Window]) -> None:
    dossier = open_dossier(stage.page(OFFICER), env, ma_ho_so)
    received = entry_with_status(dossier.progress(), "Được tiếp nhận")["Thời điểm"]
    expected = shown(expected_appointment(shown_time(received), days))
    attach_seen("Ngày hẹn trả", {"tiếp nhận lúc": received, "bấm Tiếp nhận lúc": str(pressed["Tiếp nhận"]),
                                 "theo quy tắc": expected, "trên Mẫu 01": receipt["Ngày hẹn trả kết quả"]})
    assert outside_window(received, pressed["Tiếp nhận"]) is None, outside_window(received, pressed["Tiếp nhận"])
    assert receipt["Ngày tiếp nhận"] == received
    assert receipt["Ngày hẹn trả kết quả"] == expected
    assert dossier.field("Ngày hẹn trả") == expected


@then(quoted('ngày hẹn trả kết quả là "{when}"'))
def appointment_is(receipt: dict[str, str], when: str) -> None:
    assert receipt["Ngày hẹn trả kết quả"] == when


@then(quoted('Mẫu số 03 ghi lý do từ chối "{reason}"'))
def refusal_reads(stage, ma_ho_so: str, officer: Account, reason: str) -> None:
    values = read_slip(stage.page(OFFICER), "03", REFUSAL)
    attach_seen("Mẫu số 03", values)
    assert (values["Mã hồ sơ"], values["Lý do từ chối"]) == (ma_ho_so, reason)
    assert values["Cán bộ tiếp nhận"] == officer.display_name


@then(quoted('hộp thoại "{action}" báo "{message}" tại ô "{field}"'))
def reason_refused(stage, env: Environment, ma_ho_so: str, action: str, message: str, field: str) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    expect(dossier.reason_error(action)).to_have_text(message)
    expect(dossier.dialog(action).get_by_label(field, exact=True)).to_have_accessible_description(message)
