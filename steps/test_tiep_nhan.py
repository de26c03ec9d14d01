"""Steps of tiep_nhan.feature: accepting (Mẫu 01 and its appointment date, checked against the harness's own
rule), refusing with or without a reason (Mẫu 03)."""

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from flows.back_office import REFUSAL, open_dossier, read_slip
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.appointment import expected_appointment
from harness.vietnam_time import shown, shown_time
from pages.motcua.dossier_page import OfficerDossierPage
from steps.back_office_steps import Dossiers, expect_known
from steps.patterns import quoted

scenarios("tiep_nhan.feature")


@when(quoted('cán bộ bấm "{action}" nhưng không nhập lý do'))
def press_without_reason(stage, action: str) -> None:
    OfficerDossierPage(stage.active_page).act(action)


@when(quoted('cán bộ nhập lý do "{reason}" vào hộp thoại "{action}" và xác nhận'))
def confirm_reason(stage, reason: str, action: str) -> None:
    OfficerDossierPage(stage.active_page).confirm(action, reason)


@then(quoted('Mẫu số 01 ghi đúng mã hồ sơ, chủ hồ sơ, thủ tục "{procedure}", cơ quan "{unit}" và cán bộ tiếp nhận'))
def receipt_reads(receipt: dict[str, str], ma_ho_so: str, dossiers: Dossiers, officer: Account, procedure: str,
                  unit: str) -> None:
    assert (receipt["Mã hồ sơ"], receipt["Thủ tục"], receipt["Cơ quan tiếp nhận"]) == (ma_ho_so, procedure, unit)
    expect_known(receipt["Chủ hồ sơ"], dossiers.owners[ma_ho_so].display_name)
    expect_known(receipt["Cán bộ tiếp nhận"], officer.display_name)
    assert receipt["Thành phần hồ sơ"], "Mẫu 01 phải liệt kê thành phần hồ sơ"


@then(parsers.parse("ngày hẹn trả kết quả là ngày tiếp nhận cộng {days:d} ngày làm việc"))
def appointment_by_rule(stage, env: Environment, ma_ho_so: str, receipt: dict[str, str], days: int) -> None:
    dossier = open_dossier(stage.active_page, env, ma_ho_so)
    received = next(row["Thời điểm"] for row in dossier.progress() if row["Trạng thái"] == "Được tiếp nhận")
    expected = shown(expected_appointment(shown_time(received), days))
    attach_seen("Ngày hẹn trả", {"tiếp nhận lúc": received, "theo quy tắc": expected,
                                 "trên Mẫu 01": receipt["Ngày hẹn trả kết quả"]})
    assert receipt["Ngày tiếp nhận"] == received
    assert receipt["Ngày hẹn trả kết quả"] == expected
    assert dossier.field("Ngày hẹn trả") == expected


@then(quoted('ngày hẹn trả kết quả là "{when}"'))
def appointment_is(receipt: dict[str, str], when: str) -> None:
    assert receipt["Ngày hẹn trả kết quả"] == when


@then(quoted('Mẫu số 03 ghi lý do từ chối "{reason}"'))
def refusal_reads(stage, ma_ho_so: str, officer: Account, reason: str) -> None:
    values = read_slip(stage.active_page, "03", REFUSAL)
    attach_seen("Mẫu số 03", values)
    assert (values["Mã hồ sơ"], values["Lý do từ chối"]) == (ma_ho_so, reason)
    expect_known(values["Cán bộ tiếp nhận"], officer.display_name)


@then(quoted('hộp thoại "{action}" báo "{message}" tại ô "{field}"'))
def reason_refused(stage, action: str, message: str, field: str) -> None:
    dossier = OfficerDossierPage(stage.active_page)
    expect(dossier.reason_error(action)).to_have_text(message)
    expect(dossier.dialog(action).get_by_label(field, exact=True)).to_have_accessible_description(message)
