"""What the citizen's dossier page shows of paying: the fee, its HinhThucThu, the payment request's state, and
what the citizen may do now (pay while unpaid or cancelled; download the receipt once paid). A Miễn dossier
shows why it owes nothing and offers no payment; None for a dossier without a code."""

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier
from sandbox.thanhtoan.dossier_fee import fee_of
from sandbox.thanhtoan.fees import MIEN
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.states import PaymentState

PAYABLE = frozenset({PaymentState.CHUA_THANH_TOAN, PaymentState.HUY_THANH_TOAN})


def payment_view(ctx: SandboxContext, dossier: Dossier) -> dict | None:
    if not dossier.ma_ho_so:
        return None
    fee = fee_of(ctx.store, ctx.settings.data_dir, dossier)
    if fee.hinh_thuc_thu == MIEN:
        return {"hinh_thuc_thu": MIEN, "ly_do_mien": fee.ly_do_mien, "can_pay": False, "can_download": False}
    state = PaymentRequests(ctx.store).state_of(dossier.ma_ho_so)
    return {"so_tien": fee.total, "hinh_thuc_thu": fee.hinh_thuc_thu, "trang_thai": state.value,
            "can_pay": state in PAYABLE, "can_download": state is PaymentState.DA_THANH_TOAN}
