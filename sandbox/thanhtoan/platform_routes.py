"""The payment platform under /thanhtoan (DOMAIN §3.7): the INIT API answering UrlThanhToan, and the payment
page where the citizen picks a bank, an e-wallet or VietQR, confirms (or cancels), and returns to the portal."""

import json
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.templating import templates
from sandbox.thanhtoan import transactions
from sandbox.thanhtoan.callbacks import CallbackRefused
from sandbox.thanhtoan.payments import PaymentRequests, receipt_number
from sandbox.thanhtoan.platform_secret import secret_of
from sandbox.thanhtoan.sessions import DuplicateReference, Sessions
from sandbox.thanhtoan.signing import CALLBACK_FIELDS, INIT_FIELDS, QUERY_FIELDS, is_signed, sign

router = APIRouter(prefix="/thanhtoan", include_in_schema=False)

METHODS = ("Ngân hàng", "Ví điện tử", "VietQR")
LOST_CALLBACK = "thanhtoan.mat_callback"


def callback_for(init: dict, ma_giao_dich: str, secret: str, loai_ban_tin: str = "CONFIRM") -> dict:
    """The signed server-to-server callback the platform sends the portal once the citizen has paid (and the same
    fields as the answer to a QUERY about a successful transaction)."""
    message = {"LoaiBanTin": loai_ban_tin, "MaLoi": "00", "MoTaLoi": "Giao dịch thành công",
               "MaDoiTac": init["MaDoiTac"], "MaThamChieu": init["MaThamChieu"], "SoTien": init["SoTien"],
               "MaTienTe": init["MaTienTe"], "MaGiaoDich": ma_giao_dich, "MaNganHang": init["MaNganHang"],
               "ThoiGianGD": init["ThoiGianGD"], "ThongTinGiaoDich": init["ThongTinGiaoDich"], "TrangThaiGD": "1"}
    return {**message, "MaXacThuc": sign(message, CALLBACK_FIELDS, secret)}


def _tell_portal(ctx, init: dict, paid: bool) -> None:
    requests = PaymentRequests(ctx.store)
    if not paid:
        requests.cancel(init["MaThamChieu"])
        return
    ma_giao_dich = f"GD{secrets.randbelow(10**10):010d}"
    transactions.record(ctx.store, init["MaThamChieu"], ma_giao_dich, "thanh-cong")
    if ctx.faults.is_on(LOST_CALLBACK):
        return
    try:
        requests.confirm(callback_for(init, ma_giao_dich, secret_of(ctx)), secret_of(ctx), receipt_number(),
                         ctx.clock.now())
    except CallbackRefused:
        return


def accept_init(ctx, message: dict, base_url: str) -> tuple[int, dict]:
    """The platform's answer to an INIT: status and `{error_code, message}` with UrlThanhToan on success."""
    if message.get("LoaiBanTin") != "INIT" or not is_signed(message, INIT_FIELDS, secret_of(ctx)):
        return 400, {"error_code": "01", "message": "Mã xác thực không chính xác"}
    session_id = secrets.token_urlsafe(16)
    try:
        Sessions(ctx.store).start(session_id, message, str(message.get("UrlTraVe", "/")))
    except DuplicateReference as duplicate:
        return 409, {"error_code": "02", "message": str(duplicate)}
    url = f"{base_url.rstrip('/')}/thanhtoan/payment?sessionId={session_id}"
    return 200, {"error_code": "0", "message": json.dumps({"UrlThanhToan": url})}


def answer_query(ctx, message: dict) -> dict:
    """The platform's answer to a signed QUERY: the transaction's state, signed like a callback (TrangThaiGD "1"
    once paid, "0" while the citizen has not paid)."""
    if message.get("LoaiBanTin") != "QUERY" or not is_signed(message, QUERY_FIELDS, secret_of(ctx)):
        return {"LoaiBanTin": "QUERY", "MaLoi": "01", "MoTaLoi": "Mã xác thực không chính xác"}
    session = Sessions(ctx.store).by_reference(str(message.get("MaThamChieu", "")))
    if session is None:
        return {"LoaiBanTin": "QUERY", "MaLoi": "02", "MoTaLoi": "Không tìm thấy giao dịch"}
    found = transactions.find(ctx.store, session["message"]["MaThamChieu"])
    if found is None or found["trang_thai"] != "thanh-cong":
        return {"LoaiBanTin": "QUERY", "MaLoi": "00", "MoTaLoi": "Giao dịch chưa thanh toán",
                "MaThamChieu": message["MaThamChieu"], "TrangThaiGD": "0"}
    return callback_for(session["message"], found["ma_giao_dich"], secret_of(ctx), "QUERY")


@router.post("/api/payment")
async def init(request: Request, ctx: Ctx) -> JSONResponse:
    status, answer = accept_init(ctx, await request.json(), str(request.base_url))
    return JSONResponse(answer, status_code=status)


def _page(request: Request, session: dict, session_id: str, **extra) -> HTMLResponse:
    message = session["message"]
    context = {"session_id": session_id, "ma_tham_chieu": message["MaThamChieu"], "so_tien": int(message["SoTien"]),
               "noi_dung": message["ThongTinGiaoDich"], "methods": METHODS, **extra}
    return templates.TemplateResponse(request, "thanhtoan/payment.html", context)


@router.get("/payment")
def payment_page(request: Request, ctx: Ctx, sessionId: str = "", phuong_thuc: str = "") -> Response:  # noqa: N803
    session = Sessions(ctx.store).get(sessionId)
    if session is None or session["ket_qua"]:
        return HTMLResponse("<p>Phiên thanh toán không tồn tại hoặc đã kết thúc.</p>", status_code=404)
    chosen = phuong_thuc if phuong_thuc in METHODS else ""
    return _page(request, session, sessionId, chosen=chosen)


@router.post("/payment/{outcome}")
def finish(outcome: str, request: Request, ctx: Ctx, sessionId: Annotated[str, Form()]) -> Response:  # noqa: N803
    sessions = Sessions(ctx.store)
    session = sessions.get(sessionId)
    if session is None or session["ket_qua"] or outcome not in ("xac-nhan", "huy"):
        return HTMLResponse("<p>Phiên thanh toán không tồn tại hoặc đã kết thúc.</p>", status_code=404)
    sessions.settle(sessionId, "thanh-cong" if outcome == "xac-nhan" else "huy")
    _tell_portal(ctx, session["message"], outcome == "xac-nhan")
    return RedirectResponse(session["return_url"], status_code=303)
