"""The SMS Brandname gateway stand-in: its log table, fault switches, listener and the message-log API.

The log API (`GET /sms/tin-nhan`) stands in for a gateway's message log, so it is read without the setup
API and works in the rehearsal too; it holds synthetic people only.
"""

from fastapi import APIRouter, HTTPException

from sandbox.context import Ctx, SandboxContext
from sandbox.dossiers.service import DOSSIER_CHANGED, DossierChanged
from sandbox.sms import log, switches
from sandbox.sms.log import MessageLog
from sandbox.sms.numbers import normalised
from sandbox.sms.sender import send_for_change

DDL = log.DDL

router = APIRouter(prefix="/sms")


def install(ctx: SandboxContext) -> None:
    switches.declare(ctx.faults)

    def on_change(change: DossierChanged) -> None:
        send_for_change(ctx, change)

    ctx.events.subscribe(DOSSIER_CHANGED, on_change)


@router.get("/tin-nhan")
def messages(ctx: Ctx, so_dien_thoai: str | None = None, ma_ho_so: str | None = None) -> dict:
    if not so_dien_thoai and not ma_ho_so:
        raise HTTPException(400, "Cần so_dien_thoai hoặc ma_ho_so.")
    number = normalised(so_dien_thoai) or so_dien_thoai if so_dien_thoai else None
    return {"tin_nhan": MessageLog(ctx.store).find(number, ma_ho_so)}
