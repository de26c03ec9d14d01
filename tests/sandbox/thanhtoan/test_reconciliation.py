"""The QUERY reconciliation (TaskCheckConfirmGiaoDichThanhToan): a lost callback is recovered from the platform's
signed answer; an unpaid or cancelled request is left as it is; a forged answer changes nothing; the background
job does it by itself within a few intervals."""

import time

from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.platform_routes import answer_query
from sandbox.thanhtoan.reconciliation import RECONCILE_INTERVAL_MS, queries_of, query_message, reconcile_once
from sandbox.thanhtoan.signing import QUERY_FIELDS, is_signed
from sandbox.thanhtoan.states import PaymentState
from tests.sandbox.thanhtoan.support import SECRET, session_of
from tests.sandbox.thanhtoan.support import start as start_payment

MA = "000.21.31.H15-261202-0002"


def start(client, ctx, reference="TT9") -> str:
    return session_of(start_payment(client, ctx, reference, ma=MA))


def pay_with_callback_lost(client, ctx) -> None:
    ctx.faults.switch("thanhtoan.mat_callback", True)
    client.post("/thanhtoan/payment/xac-nhan", data={"sessionId": start(client, ctx)})


def test_query_is_signed_with_the_shared_secret():
    message = query_message("TT9", "20261202150000", SECRET)
    assert message["LoaiBanTin"] == "QUERY"
    assert is_signed(message, QUERY_FIELDS, SECRET)
    assert not is_signed(message, QUERY_FIELDS, "khoa-khac")


def test_lost_callback_recovered_by_query(sandbox):
    client, ctx = sandbox
    pay_with_callback_lost(client, ctx)
    reconcile_once(ctx)  # the background job may have been first: either way the request is paid once
    paid = PaymentRequests(ctx.store).latest(MA)
    assert paid.trang_thai is PaymentState.DA_THANH_TOAN and paid.ma_giao_dich and paid.so_bien_lai
    logged = queries_of(ctx, MA)
    assert logged[-1]["query"]["LoaiBanTin"] == "QUERY" and logged[-1]["answer"]["TrangThaiGD"] == "1"
    assert reconcile_once(ctx) == 0


def test_unpaid_request_stays_waiting(sandbox):
    client, ctx = sandbox
    start(client, ctx)
    assert reconcile_once(ctx) == 0
    assert PaymentRequests(ctx.store).state_of(MA) is PaymentState.CHO_THANH_TOAN
    assert queries_of(ctx, MA)[-1]["answer"]["TrangThaiGD"] == "0"


def test_forged_query_refused(sandbox):
    client, ctx = sandbox
    pay_with_callback_lost(client, ctx)
    answer = answer_query(ctx, query_message("TT9", "20261202150000", "khoa-khac"))
    assert (answer["MaLoi"], answer["MoTaLoi"]) == ("01", "Mã xác thực không chính xác")


def test_background_job_recovers_within_a_few_intervals(sandbox):
    client, ctx = sandbox
    pay_with_callback_lost(client, ctx)
    deadline = time.monotonic() + 10 * RECONCILE_INTERVAL_MS / 1000
    while PaymentRequests(ctx.store).state_of(MA) is not PaymentState.DA_THANH_TOAN:
        assert time.monotonic() < deadline, "Việc đối soát QUERY không ghi nhận thanh toán"
        time.sleep(0.05)
