"""The one-stop back office's side of fees ("Thu phí/lệ phí", DOMAIN §1.8, §3.7): what the officer's dossier page
shows of the dossier's payment request ("Phí, lệ phí") and when it offers "Hoàn phí".

A fee paid online is handed back only for a dossier that will not be resolved — refused at receiving, withdrawn
by the citizen, or stopped — and only by the roles that keep the fee lists (MOT_CUA, KE_TOAN); the officer
writes why. Any other refund is refused with the reason, and changes nothing.
"""

from dataclasses import dataclass

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier
from sandbox.dossiers.statuses import Status
from sandbox.formats import shown, vnd
from sandbox.identity.accounts import Officer
from sandbox.motcua.actions import Reason
from sandbox.thanhtoan.payments import PaymentRequest, PaymentRequests
from sandbox.thanhtoan.states import PaymentState

FEE_ROLES = frozenset({"MOT_CUA", "KE_TOAN"})
NOT_RESOLVED = frozenset({Status.KHONG_DUOC_TIEP_NHAN, Status.CONG_DAN_RUT, Status.DUNG_XU_LY})
NOTHING = "Chưa có"


@dataclass(frozen=True)
class FeeAction:
    slug: str
    label: str
    done: str
    reason: Reason


REFUND = FeeAction("hoan-phi", "Hoàn phí", "Đã hoàn phí cho công dân.", Reason("ly_do_hoan_phi", "Lý do hoàn phí"))


def refund_refusal(officer: Officer, dossier: Dossier, payment: PaymentRequest | None) -> str | None:
    """Why this officer may not hand this dossier's fee back now, or None when they may."""
    if not officer.roles & FEE_ROLES:
        return "Chỉ cán bộ thu phí (một cửa, kế toán) được hoàn phí."
    if payment is None or payment.trang_thai is not PaymentState.DA_THANH_TOAN:
        state = PaymentState.CHUA_THANH_TOAN if payment is None else payment.trang_thai
        return f"Không thể hoàn phí khi yêu cầu thanh toán đang ở trạng thái “{state.value}”."
    if dossier.trang_thai not in NOT_RESOLVED:
        return ("Chỉ hoàn phí cho hồ sơ không được tiếp nhận, công dân xin rút hoặc dừng xử lý; hồ sơ đang ở "
                f"trạng thái “{dossier.trang_thai.ten}”.")
    return None


def payment_facts(payment: PaymentRequest) -> list[tuple[str, str]]:
    rows = [("Số tiền", f"{vnd(payment.so_tien)} đồng"), ("Trạng thái thanh toán", payment.trang_thai.value),
            ("Mã giao dịch", payment.ma_giao_dich or NOTHING), ("Số biên lai", payment.so_bien_lai or NOTHING),
            ("Ngày thanh toán", shown(payment.paid_at) or NOTHING)]
    if payment.refund:
        rows += [("Lý do hoàn phí", payment.refund.ly_do), ("Người hoàn phí", payment.refund.nguoi_hoan_phi),
                 ("Ngày hoàn phí", shown(payment.refund.at))]
    return rows


def fee_section(ctx: SandboxContext, officer: Officer, dossier: Dossier) -> dict | None:
    """"Phí, lệ phí" of the officer's dossier page, or None for a dossier with no payment request."""
    payment = PaymentRequests(ctx.store).latest(dossier.ma_ho_so) if dossier.ma_ho_so else None
    if payment is None:
        return None
    offered = refund_refusal(officer, dossier, payment) is None
    return {"facts": payment_facts(payment), "buttons": [REFUND] if offered else []}
