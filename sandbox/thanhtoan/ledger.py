"""What the statistics read of payments (one-way: thongke imports this, never the reverse)."""

from sandbox.store import Store


def dossiers_with_fees(store: Store) -> set[str]:
    """Mã hồ sơ of every dossier with a financial duty (a fee item to pay, not exempt)."""
    return set()


def dossiers_paid_online(store: Store) -> set[str]:
    """Mã hồ sơ of every dossier paid online through the portal (Đã thanh toán, or Đã hoàn phí after it)."""
    return set()
