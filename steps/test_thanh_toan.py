"""Steps of thanh_toan.feature: the fee against the harness's rule from the real record, paying through the
platform's page, the paid status and the receipt PDF read back."""

import httpx
from playwright.sync_api import expect
from pytest_bdd import given, scenarios, then, when

from fixtures.browser import CITIZEN
from flows.lookup import open_own_dossier
from flows.preconditions import Dossiers, Wanted
from flows.submission import Submitted
from harness.actors import Account
from harness.clients.payment_evidence import masked
from harness.clients.payment_forgery import forged_success
from harness.clients.payment_queries import reconciliation_queries
from harness.clients.payment_receipt import receipt_fields
from harness.clients.payment_settings import payment_settings
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.fees import fee_for
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


@then("biên lai điện tử ghi đúng mã hồ sơ, người nộp và số tiền")
def receipt_reads(stage, submission: Submitted, citizen: Account, fee: int) -> None:
    fields = receipt_fields(DossierPayment(stage.page(CITIZEN)).download_receipt())
    attach_seen("Biên lai điện tử", fields)
    assert fields["Mã hồ sơ"] == submission.ma_ho_so
    assert fields["Người nộp"] == citizen.display_name
    assert fields["Tổng số tiền"] == vnd(fee)
    assert fields["Số biên lai"], "Biên lai phải có số"


@when("công dân bắt đầu thanh toán trực tuyến", target_fixture="reference")
def start_paying(stage) -> str:
    DossierPayment(stage.page(CITIZEN)).start()
    return PaymentPage(stage.page(CITIZEN)).reference()


@when("một bên thứ ba gửi Cổng callback thanh toán thành công với mã xác thực sai", target_fixture="answer")
def forged_callback(env: Environment, dossiers: Dossiers, submission: Submitted, reference: str) -> dict:
    settings = payment_settings(env.section("thanhtoan"), env.url("portal"))
    message = forged_success(reference, submission.ma_ho_so,
                             fee_for(dossiers.wanted[submission.ma_ho_so].procedure_code, "ONLINE").total)
    answer = httpx.post(settings.callback_url, json=message, timeout=env.deadlines.navigation / 1000).json()
    attach_seen("Callback giả mạo", {"gửi": masked(message), "Cổng trả lời": answer})
    return answer


@then(quoted('Cổng trả lời callback "{refusal}"'))
def callback_refused(answer: dict, refusal: str) -> None:
    assert (answer.get("MaLoi"), answer.get("MoTaLoi")) == ("01", refusal)


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
    assert answer["SoTien"] == str(fee_for(dossiers.wanted[submission.ma_ho_so].procedure_code, "ONLINE").total)
