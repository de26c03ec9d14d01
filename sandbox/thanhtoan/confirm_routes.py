"""The portal's callback address for the payment platform (server to server): POST /DvcPayment/Confirm.

Answers `{"MaLoi": "00", "MoTaLoi": "Thành công"}` when the payment is taken, otherwise `MaLoi` "01" and the
refusal in words ("Mã xác thực không chính xác", …); a refused callback changes nothing."""


from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from sandbox.context import Ctx
from sandbox.thanhtoan.callbacks import CallbackRefused
from sandbox.thanhtoan.payments import PaymentRequests, receipt_number
from sandbox.thanhtoan.platform_secret import secret_of

router = APIRouter(include_in_schema=False)


@router.post("/DvcPayment/Confirm")
async def confirm(request: Request, ctx: Ctx) -> JSONResponse:
    try:
        message = await request.json()
    except ValueError:
        return JSONResponse({"MaLoi": "01", "MoTaLoi": "Bản tin không đúng định dạng"}, status_code=400)
    try:
        PaymentRequests(ctx.store).confirm(message, secret_of(ctx), receipt_number(), ctx.clock.now())
    except CallbackRefused as refused:
        return JSONResponse({"MaLoi": "01", "MoTaLoi": str(refused)}, status_code=400)
    return JSONResponse({"MaLoi": "00", "MoTaLoi": "Thành công"})
