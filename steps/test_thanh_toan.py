"""Steps of thanh_toan.feature: the fee against the harness's rule from the real record, paying through the
platform's page, the paid status and the receipt PDF read back, the back office's fee lists and its refund."""

import httpx
import pytest
from playwright.sync_api import expect
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN, OFFICER
from flows.back_office import officer_dossier
from flows.lookup import open_own_dossier
from flows.preconditions import Dossiers, Wanted
from flows.submission import Submitted
from harness.actors import Account
from harness.clients.payment_callbacks import forged_success, signed_success
from harness.clients.payment_evidence import masked
from harness.clients.payment_queries import reconciliation_queries
from harness.clients.payment_receipt import receipt_fields
from harness.clients.payment_settings import payment_settings
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.fees import fee_for
from pages.motcua.system import DossierQueue
from pages.portal.dossier_payment import DossierPayment
from pages.thanhtoan.payment_page import PaymentPage
from steps.patterns import quoted

scenarios("thanh_toan.feature")


def vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng"


@given(quoted('công dân có hồ sơ thủ tục "{code}" tại "{agency}" ở trạng thái "{status}"'),
       target_fixture="submission")
def dossier_in_status(dossiers: Dossiers, citizen: Account, code: str, agency: str, status: str) -> Submitted:
    ma_ho_so = dossiers.prepare(citizen, Wanted(code, agency, status))
    attach_seen("Hồ sơ chuẩn bị sẵn", {"mã hồ sơ": ma_ho_so, "thủ tục": code, "trạng thái": status})
    return Submitted(ma_ho_so)


@pytest.fixture
def ma_ho_so(submission: Submitted) -> str:
    """The scenario's own dossier, for the shared back-office steps."""
    return submission.ma_ho_so


@when("công dân mở hồ sơ của mình")
def open_own(stage, env: Environment, submission: Submitted) -> None:
    open_own_dossier(stage.page(CITIZEN), env, submission.ma_ho_so)


@then(quoted('số tiền phải nộp bằng lệ phí nộp trực tuyến của thủ tục "{code}"'), target_fixture="fee")
def fee_by_rule(stage, code: str) -> int:
    expected = fee_for(code, "ONLINE").total
    attach_seen("Lệ phí", {"theo quy tắc": vnd(expected)})
    expect(DossierPayment(stage.page(CITIZEN)).amount).to_have_text(vnd(expected))
    return expected


@when(quoted('công dân thanh toán trực tuyến qua "{method}"'))
def pay_online(stage, method: str) -> None:
    DossierPayment(stage.page(CITIZEN)).start()
    PaymentPage(stage.page(CITIZEN)).pay_with(method)


@then(quoted('hồ sơ ở trạng thái thanh toán "{state}"'))
def payment_state(stage, env: Environment, state: str) -> None:
    payment = DossierPayment(stage.page(CITIZEN))
    payment.expect_state(state, env.deadlines.status_sync)


def online_fee(dossiers: Dossiers, submission: Submitted) -> int:
    """The fee rule for the scenario's own dossier (its procedure, online), from the real record."""
    return fee_for(dossiers.wanted[submission.ma_ho_so].procedure_code, "ONLINE").total


@then("biên lai điện tử ghi đúng mã hồ sơ, người nộp và số tiền", target_fixture="receipt")
def receipt_reads(stage, dossiers: Dossiers, submission: Submitted, citizen: Account) -> dict:
    fields = receipt_fields(DossierPayment(stage.page(CITIZEN)).download_receipt())
    attach_seen("Biên lai điện tử", fields)
    assert fields["Mã hồ sơ"] == submission.ma_ho_so
    assert fields["Người nộp"] == citizen.display_name
    assert fields["Tổng số tiền"] == vnd(online_fee(dossiers, submission))
    assert fields["Số biên lai"], "Biên lai phải có số"
    return fields


@when("công dân bắt đầu thanh toán trực tuyến", target_fixture="reference")
def start_paying(stage) -> str:
    DossierPayment(stage.page(CITIZEN)).start()
    return PaymentPage(stage.page(CITIZEN)).reference()


def send_callback(env: Environment, message: dict, title: str) -> dict:
    """POST the callback to the portal's callback address; the portal's answer, both attached masked."""
    settings = payment_settings(env.section("thanhtoan"), env.url("portal"))
    answer = httpx.post(settings.callback_url, json=message, timeout=env.deadlines.navigation / 1000).json()
    attach_seen(title, {"gửi": masked(message), "Cổng trả lời": answer})
    return answer


def platform_secret(env: Environment) -> str:
    return payment_settings(env.section("thanhtoan"), env.url("portal")).secret()


@when("một bên thứ ba gửi Cổng callback thanh toán thành công với mã xác thực sai", target_fixture="answer")
def forged_callback(env: Environment, dossiers: Dossiers, submission: Submitted, reference: str) -> dict:
    message = forged_success(reference, submission.ma_ho_so, online_fee(dossiers, submission))
    return send_callback(env, message, "Callback giả mạo")


@when(parsers.re(r"nền tảng thanh toán gửi Cổng callback thành công, ký đúng khóa, với số tiền ít hơn lệ phí "
                 r"(?P<short>[\d.]+) đồng"), target_fixture="answer")
def short_callback(env: Environment, dossiers: Dossiers, submission: Submitted, reference: str, short: str) -> dict:
    amount = online_fee(dossiers, submission) - int(short.replace(".", ""))
    message = signed_success(reference, submission.ma_ho_so, amount, platform_secret(env))
    return send_callback(env, message, "Callback ký đúng khóa, sai số tiền")


@when("nền tảng thanh toán gửi Cổng callback thành công, ký đúng khóa, với số tiền bằng lệ phí",
      target_fixture="taken")
def signed_callback(env: Environment, dossiers: Dossiers, submission: Submitted, reference: str) -> dict:
    message = signed_success(reference, submission.ma_ho_so, online_fee(dossiers, submission), platform_secret(env))
    return {"message": message, "answer": send_callback(env, message, "Callback ký đúng khóa")}


@then("Cổng trả lời callback thành công")
def callback_taken(taken: dict) -> None:
    assert taken["answer"].get("MaLoi") == "00", taken["answer"]


@when("nền tảng thanh toán gửi lại callback vừa được ghi nhận", target_fixture="answer")
def replayed_callback(env: Environment, taken: dict) -> dict:
    return send_callback(env, taken["message"], "Callback gửi lại")


@then(quoted('Cổng trả lời callback "{refusal}"'))
def callback_refused(answer: dict, refusal: str) -> None:
    assert (answer.get("MaLoi"), answer.get("MoTaLoi")) == ("01", refusal)


@then(quoted('tải lại hồ sơ thì vẫn "{state}" với đúng biên lai đó'))
def same_receipt_after_reload(stage, env: Environment, receipt: dict, state: str) -> None:
    page = stage.page(CITIZEN)
    page.reload()
    payment = DossierPayment(page)
    payment.expect_state(state, env.deadlines.expect)
    again = receipt_fields(payment.download_receipt())
    attach_seen("Biên lai sau callback gửi lại", again)
    assert again == receipt, "Callback gửi lại đã làm đổi biên lai"


@when("công dân hủy thanh toán")
def cancel_paying(stage) -> None:
    PaymentPage(stage.page(CITIZEN)).cancel()


@given(quoted('nền tảng thanh toán gặp sự cố "{fault}"'))
def payment_fault(setup_api, request, fault: str) -> None:
    setup_api.switch_fault(fault, True)
    request.addfinalizer(lambda: setup_api.switch_fault(fault, False))


@then(quoted('hồ sơ đạt trạng thái thanh toán "{state}" trong thời hạn đồng bộ'))
def payment_state_reached(stage, env: Environment, state: str) -> None:
    DossierPayment(stage.page(CITIZEN)).expect_state_on_reload(state, env.deadlines.status_sync,
                                                               env.deadlines.poll_interval)


@then("việc đối soát đã hỏi nền tảng bằng bản tin QUERY và được trả lời giao dịch thành công với đúng số tiền")
def reconciled_by_query(setup_api, env: Environment, dossiers: Dossiers, submission: Submitted) -> None:
    queries = reconciliation_queries(setup_api.base_url, submission.ma_ho_so, env.deadlines.action)
    paid = [q for q in queries if q["answer"].get("MaLoi") == "00" and q["answer"].get("TrangThaiGD") == "1"]
    attach_seen("Bản tin QUERY đối soát", [{"QUERY": masked(q["query"]), "trả lời": masked(q["answer"])}
                                           for q in (paid or queries)[-1:]])
    assert paid, f"Không có bản tin QUERY nào được nền tảng trả lời là đã thanh toán: {len(queries)} lần hỏi."
    query, answer = paid[-1]["query"], paid[-1]["answer"]
    assert query["LoaiBanTin"] == "QUERY" and query["MaThamChieu"] == answer["MaThamChieu"]
    assert answer["SoTien"] == str(online_fee(dossiers, submission))


@then(quoted('danh sách ghi hồ sơ "{state}" với số tiền bằng lệ phí nộp trực tuyến'))
def fee_list_row(queue: DossierQueue, dossiers: Dossiers, submission: Submitted, state: str) -> None:
    row = queue.row_for(submission.ma_ho_so)
    attach_seen("Dòng của hồ sơ trong danh sách thu phí", row or "không có")
    assert row is not None, f"danh sách không có hồ sơ {submission.ma_ho_so}"
    assert (row["Trạng thái thanh toán"], row["Số tiền"]) == (state, vnd(online_fee(dossiers, submission)))


@then(quoted('phí, lệ phí của hồ sơ ghi "{state}" với lý do "{reason}"'))
def refunded_with_reason(stage, env: Environment, submission: Submitted, state: str, reason: str) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, submission.ma_ho_so)
    expect(dossier.fee_value("Trạng thái thanh toán")).to_have_text(state)
    expect(dossier.fee_value("Lý do hoàn phí")).to_have_text(reason)


@then(quoted('hồ sơ được miễn lệ phí theo quy tắc của thủ tục "{code}" cho công dân đó và không có nút thanh toán'))
def exempt_by_rule(stage, env: Environment, citizen: Account, code: str) -> None:
    group = env.actor(citizen.actor).exemption
    assert group, f"Tài khoản {citizen.actor} không khai báo exemption trong tệp môi trường."
    expected = fee_for(code, "ONLINE", exempt=True)
    attach_seen("Lệ phí", {"đối tượng": group, "theo quy tắc": expected.hinh_thuc_thu, "số tiền": expected.total})
    assert expected.total == 0
    DossierPayment(stage.page(CITIZEN)).expect_nothing_to_pay(expected.hinh_thuc_thu)
