"""The payment platform under /thanhtoan (DOMAIN §3.7): the INIT API answering UrlThanhToan, and the payment
page where the citizen picks a bank, an e-wallet or VietQR, confirms (or cancels), and returns to the portal."""

import json
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.templating import templates
from sandbox.thanhtoan.callbacks import CallbackRefused
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.platform_secret import secret_of
from sandbox.thanhtoan.sessions import DuplicateReference, Sessions
from sandbox.thanhtoan.signing import CALLBACK_FIELDS, INIT_FIELDS, is_signed, sign

router = APIRouter(prefix="/thanhtoan", include_in_schema=False)

METHODS = ("Ngân hàng", "Ví điện tử", "VietQR")
LOST_CALLBACK = "thanhtoan.mat_callback"


def callback_for(init: dict, ma_giao_dich: str, secret: str) -> dict:
    """The signed server-to-server callback the platform sends the portal once the citizen has paid."""
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MoTaLoi": "Giao dịch thành công",
               "MaDoiTac": init["MaDoiTac"], "MaThamChieu": init["MaThamChieu"], "SoTien": init["SoTien"],
               "MaTienTe": init["MaTienTe"], "MaGiaoDich": ma_giao_dich, "MaNganHang": init["MaNganHang"],
               "ThoiGianGD": init["ThoiGianGD"], "ThongTinGiaoDich": init["ThongTinGiaoDich"], "TrangThaiGD": "1"}
    return {**message, "MaXacThuc": sign(message, CALLBACK_FIELDS, secret)}


def _tell_portal(ctx, init: dict, paid: bool) -> None:
    requests = PaymentRequests(ctx.store)
    if not paid:
        requests.cancel(init["MaThamChieu"])
        return
    if ctx.faults.is_on(LOST_CALLBACK):
        return
    try:
        requests.confirm(callback_for(init, f"GD{secrets.randbelow(10**10):010d}", secret_of(ctx)), secret_of(ctx),
                         f"BL{secrets.randbelow(10**8):08d}")
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
