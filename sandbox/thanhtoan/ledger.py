"""What the statistics read of payments (one-way: thongke imports this, never the reverse)."""

from sandbox.store import Store
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.states import PaymentState


def dossiers_with_fees(store: Store) -> set[str]:
    """Mã hồ sơ of every dossier with a financial duty (a fee item to pay, not exempt)."""
    rows = store.all("SELECT DISTINCT ma_ho_so FROM thanhtoan_requests WHERE so_tien > 0")
    return {row["ma_ho_so"] for row in rows}


def dossiers_paid_online(store: Store) -> set[str]:
    """Mã hồ sơ of every dossier paid online through the portal (Đã thanh toán, or Đã hoàn phí after it)."""
    return PaymentRequests(store).dossiers_in(PaymentState.DA_THANH_TOAN, PaymentState.DA_HOAN_PHI)
