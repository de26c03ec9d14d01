"""Steps of xu_ly.feature: the leader's approval and digital signature, signing faults, stopping (Mẫu 05)."""

import re

from playwright.sync_api import expect
from pytest_bdd import given, scenarios, then, when

from flows.back_office import STOP_NOTICE, approve_and_sign, read_slip
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import SHOWN_PATTERN
from pages.motcua.dossier_page import OfficerDossierPage
from steps.back_office_steps import expect_known
from steps.patterns import quoted

scenarios("xu_ly.feature")

SIGNING_FAULTS = {"công cụ ký số không chạy": "ky_so.plugin_khong_chay",
                  "chứng thư số hết hạn": "ky_so.chung_thu_het_han"}


@given(quoted('ký số gặp sự cố "{fault}"'))
def signing_fault(setup_api, request, fault: str) -> None:
    setup_api.switch_fault(SIGNING_FAULTS[fault], True)
    request.addfinalizer(lambda: setup_api.switch_fault(SIGNING_FAULTS[fault], False))


@when("lãnh đạo phê duyệt và ký số kết quả hồ sơ", target_fixture="signature")
def approve(stage, env: Environment, ma_ho_so: str) -> dict[str, str]:
    signature = approve_and_sign(stage.active_page, env, ma_ho_so)
    attach_seen("Kết quả đã ký số", signature)
    return signature


@then("kết quả ghi đã ký số bởi lãnh đạo, kèm thời điểm ký")
def signed_by_leader(stage, officer: Account, signature: dict[str, str]) -> None:
    expect_known(signature["Người ký"], officer.display_name)
    line = OfficerDossierPage(stage.active_page).signature_line
    expect(line).to_have_text(re.compile(rf"^Đã ký số bởi {re.escape(signature['Người ký'])} lúc {SHOWN_PATTERN}$"))


@then(quoted('chứng thư số của kết quả mang tên lãnh đạo và "{unit}"'))
def certificate_names(signature: dict[str, str], unit: str) -> None:
    assert signature["Chứng thư số"].startswith(f"CN={signature['Người ký']}, O={unit}"), signature["Chứng thư số"]


@then(quoted('Mẫu số 05 ghi lý do dừng "{reason}"'))
def stop_notice_reads(stage, ma_ho_so: str, officer: Account, reason: str) -> None:
    values = read_slip(stage.active_page, "05", STOP_NOTICE)
    attach_seen("Mẫu số 05", values)
    assert (values["Mã hồ sơ"], values["Lý do dừng"]) == (ma_ho_so, reason)
    expect_known(values["Người ký"], officer.display_name)
