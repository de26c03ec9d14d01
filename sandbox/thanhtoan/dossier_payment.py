"""What the citizen's dossier page shows of paying: the fee, the payment request's state, and what the citizen
may do now (pay while unpaid or cancelled; download the receipt once paid). None for a dossier with no fee."""

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier
from sandbox.thanhtoan.fees import online_fee
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.states import PaymentState

PAYABLE = frozenset({PaymentState.CHUA_THANH_TOAN, PaymentState.HUY_THANH_TOAN})


def payment_view(ctx: SandboxContext, dossier: Dossier) -> dict | None:
    amount = online_fee(ctx.settings.data_dir, dossier)
    if amount <= 0 or not dossier.ma_ho_so:
        return None
    state = PaymentRequests(ctx.store).state_of(dossier.ma_ho_so)
    return {"so_tien": amount, "trang_thai": state.value, "can_pay": state in PAYABLE,
            "can_download": state is PaymentState.DA_THANH_TOAN}
