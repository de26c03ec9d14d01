"""Steps of xu_ly.feature: the leader's approval and digital signature, signing faults, stopping (Mẫu 05)."""

import re
from collections.abc import Callable
from datetime import datetime

from playwright.sync_api import expect
from pytest_bdd import given, scenarios, then, when

from fixtures.browser import OFFICER
from flows.back_office import STOP_NOTICE, approve_and_sign, officer_dossier, read_slip
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.moments import Window, during, outside_window
from harness.vietnam_time import SHOWN_PATTERN
from steps.patterns import quoted

scenarios("xu_ly.feature")

SIGNING_FAULTS = {"công cụ ký số không chạy": "ky_so.plugin_khong_chay",
                  "chứng thư số hết hạn": "ky_so.chung_thu_het_han"}
SIGN = "Phê duyệt và ký số"


@given(quoted('ký số gặp sự cố "{fault}"'))
def signing_fault(setup_api, request, fault: str) -> None:
    setup_api.switch_fault(SIGNING_FAULTS[fault], True)
    request.addfinalizer(lambda: setup_api.switch_fault(SIGNING_FAULTS[fault], False))


@when("lãnh đạo phê duyệt và ký số kết quả hồ sơ", target_fixture="signature")
def approve(stage, env: Environment, ma_ho_so: str, portal_clock: Callable[[], datetime],
            pressed: dict[str, Window]) -> dict[str, str]:
    signature, pressed[SIGN] = during(portal_clock, lambda: approve_and_sign(stage.page(OFFICER), env, ma_ho_so))
    attach_seen("Kết quả đã ký số", signature)
    return signature


@then(quoted('kết quả ghi đã ký số bởi lãnh đạo, lúc lãnh đạo bấm "{action}"'))
def signed_by_leader(stage, env: Environment, ma_ho_so: str, officer: Account, signature: dict[str, str],
                     pressed: dict[str, Window], action: str) -> None:
    assert signature["Người ký"] == officer.display_name
    line = officer_dossier(stage.page(OFFICER), env, ma_ho_so).signature_line
    expect(line).to_have_text(re.compile(rf"^Đã ký số bởi {re.escape(officer.display_name)} lúc ({SHOWN_PATTERN})$"))
    signed_at = line.inner_text().strip().rsplit(" lúc ", 1)[1]
    attach_seen("Thời điểm ký", {"trên trang hồ sơ": signed_at, "lúc bấm": str(pressed[action])})
    assert outside_window(signed_at, pressed[action]) is None, outside_window(signed_at, pressed[action])


@then(quoted('chứng thư số của kết quả mang tên lãnh đạo và "{unit}"'))
def certificate_names(signature: dict[str, str], officer: Account, unit: str) -> None:
    assert signature["Chứng thư số"].startswith(f"CN={officer.display_name}, O={unit},"), signature["Chứng thư số"]


@then(quoted('Mẫu số 05 ghi lý do dừng "{reason}"'))
def stop_notice_reads(stage, ma_ho_so: str, officer: Account, reason: str) -> None:
    values = read_slip(stage.page(OFFICER), "05", STOP_NOTICE)
    attach_seen("Mẫu số 05", values)
    assert (values["Mã hồ sơ"], values["Lý do dừng"], values["Người ký"]) == (ma_ho_so, reason,
                                                                             officer.display_name)
