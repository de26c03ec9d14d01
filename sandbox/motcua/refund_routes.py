""""Hoàn phí" on the officer's dossier page: Đã thanh toán → Đã hoàn phí with the officer's reason
(fee_collection.py says when it is allowed).

Answers: 303 back to the dossier with a notice; 403 outside the officer's reach or roles; 409 when the payment or
the dossier does not allow it; 422 with the message at the reason field (what was typed is kept). A refused
refund changes nothing.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.motcua.access import viewable_dossier
from sandbox.motcua.dossier_routes import dossier_page
from sandbox.motcua.fee_collection import FEE_ROLES, REFUND, refund_refusal
from sandbox.motcua.formatting import dossier_address
from sandbox.motcua.rendering import forbidden
from sandbox.thanhtoan.payments import PaymentRequests, Refund

router = APIRouter(prefix="/motcua", include_in_schema=False)
REASON_MISSING = "Vui lòng nhập lý do hoàn phí."


@router.post(f"/ho-so/{{ma_ho_so}}/{REFUND.slug}")
def refund(ma_ho_so: str, request: Request, ctx: Ctx, ghi_chu: Annotated[str, Form()] = "") -> Response:
    found = viewable_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    payments = PaymentRequests(ctx.store)
    payment = payments.latest(ma_ho_so)
    if refusal := refund_refusal(officer, dossier, payment):
        if not officer.roles & FEE_ROLES:
            return forbidden(ctx, request, officer, refusal)
        return dossier_page(ctx, request, officer, dossier, 409, error=refusal)
    reason = ghi_chu.strip()
    if not reason:
        return dossier_page(ctx, request, officer, dossier, 422,
                            dialog={"slug": REFUND.slug, "error": REASON_MISSING, "typed": ghi_chu})
    payments.refund(payment.ma_tham_chieu, Refund(reason, officer.ho_va_ten, ctx.clock.now()))
    return RedirectResponse(f"{dossier_address(ma_ho_so)}?thong-bao={REFUND.slug}", status_code=303)
