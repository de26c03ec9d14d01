"""The sending side: a notifiable dossier change becomes one Brandname message to the owner's number.

The gateway is a stand-in answering like VNPT AgentSMS (`RPLY.ERROR == "0"` is success); nothing leaves
the machine. A gateway error is retried at once, up to three attempts in all.
"""

from sandbox.context import SandboxContext
from sandbox.dossiers.service import DossierChanged
from sandbox.sms import switches
from sandbox.sms.log import FAILED, REFUSED, RETRIED, SENT, MessageLog
from sandbox.sms.numbers import normalised
from sandbox.sms.segments import segments
from sandbox.sms.templates import sms_text

MAX_ATTEMPTS = 3
GATEWAY_ERROR = "99"


def send_for_change(ctx: SandboxContext, change: DossierChanged) -> None:
    dossier = change.dossier
    if not change.transition.sends_sms or not dossier.ma_ho_so:
        return
    text = sms_text(change.transition.to_status, dossier.ma_ho_so, dossier.ngay_hen_tra)
    if text is None:
        return
    number = normalised(dossier.so_dien_thoai)
    parts = segments(text)
    attempts: list[dict] = []
    if number is None:
        outcome = REFUSED
    else:
        outcome = FAILED
        for attempt in range(1, MAX_ATTEMPTS + 1):
            error = _gateway_error(ctx, attempt)
            attempts.append({"lan": attempt, "ERROR": error, "thoi_diem": ctx.clock.now().isoformat()})
            if error == "0":
                outcome = SENT if attempt == 1 else RETRIED
                break
    MessageLog(ctx.store).add(ma_ho_so=dossier.ma_ho_so, status=int(change.transition.to_status),
                              raw_number=dossier.so_dien_thoai, number=number, text=text,
                              segment_count=len(parts), outcome=outcome, attempts=attempts, now=ctx.clock.now())


def _gateway_error(ctx: SandboxContext, attempt: int) -> str:
    if ctx.faults.is_on(switches.ERROR_ALWAYS) or (attempt == 1 and ctx.faults.is_on(switches.ERROR_ONCE)):
        return GATEWAY_ERROR
    return "0"
