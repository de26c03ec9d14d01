"""INIT → UrlThanhToan → payment page (method, confirmation) → the portal's request paid; cancel leaves it
unpaid; with the callback lost the platform's success does not reach the portal."""

from datetime import datetime

from sandbox.thanhtoan.messages import init_message
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.states import PaymentState
from tests.sandbox.thanhtoan.support import MA, SECRET, session_of, start


def test_paid_through_the_page(sandbox):
    client, ctx = sandbox
    session = session_of(start(client, ctx))
    page = client.get("/thanhtoan/payment", params={"sessionId": session})
    assert "10.000 VND" in page.text and "VietQR" in page.text and "TT1" in page.text
    confirm = client.get("/thanhtoan/payment", params={"sessionId": session, "phuong_thuc": "VietQR"})
    assert "Xác nhận thanh toán" in confirm.text
    back = client.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session}, follow_redirects=False)
    assert back.headers["location"] == f"/ho-so/{MA}"
    assert PaymentRequests(ctx.store).state_of(MA) is PaymentState.DA_THANH_TOAN


def test_cancelled_leaves_it_unpaid(sandbox):
    client, ctx = sandbox
    client.post("/thanhtoan/payment/huy", data={"sessionId": session_of(start(client, ctx))})
    assert PaymentRequests(ctx.store).state_of(MA) is PaymentState.HUY_THANH_TOAN


def test_lost_callback_does_not_reach_the_portal(sandbox):
    client, ctx = sandbox
    ctx.faults.switch("thanhtoan.mat_callback", True)
    client.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session_of(start(client, ctx))})
    assert PaymentRequests(ctx.store).state_of(MA) is PaymentState.CHO_THANH_TOAN


def test_unsigned_init_and_duplicate_reference_refused(sandbox):
    client, ctx = sandbox
    assert start(client, ctx, secret="khoa-khac").json()["message"] == "Mã xác thực không chính xác"
    assert start(client, ctx, reference="TT2", ma=MA + "2").json()["error_code"] == "0"
    message = {**init_message("TT2", MA, 10_000, datetime(2026, 12, 2, 15), "127.0.0.1", SECRET, {}),
               "UrlTraVe": "/"}
    assert client.post("/thanhtoan/api/payment", json=message).json()["message"] == "Mã tham chiếu đã tồn tại"
