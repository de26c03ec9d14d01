"""What the statistics read of payments (one-way: thongke imports this, never the reverse). Which dossiers have a
financial duty is the fee engine's answer (dossier_fee.py), not whether a payment was started."""

from sandbox.store import Store
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.states import PaymentState


def dossiers_paid_online(store: Store) -> set[str]:
    """Mã hồ sơ of every dossier paid online through the portal (Đã thanh toán, or Đã hoàn phí after it)."""
    return PaymentRequests(store).dossiers_in(PaymentState.DA_THANH_TOAN, PaymentState.DA_HOAN_PHI)
