"""Payment requests of dossiers (one table): created by the portal's INIT, moved by the platform's callback,
the citizen's cancellation and a refund (states.py). A refused callback changes nothing (callbacks.py)."""

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sandbox.store import Store
from sandbox.thanhtoan.callbacks import CallbackRefused, Expected, check_callback, is_success
from sandbox.thanhtoan.states import PaymentEvent, PaymentState, next_state

DDL = """
CREATE TABLE IF NOT EXISTS thanhtoan_requests (
    ma_tham_chieu TEXT PRIMARY KEY,
    ma_ho_so TEXT NOT NULL,
    so_tien INTEGER NOT NULL,
    trang_thai TEXT NOT NULL,
    ma_giao_dich TEXT,
    so_bien_lai TEXT,
    paid_at TEXT,
    created_at TEXT NOT NULL,
    ly_do_hoan_phi TEXT,
    nguoi_hoan_phi TEXT,
    hoan_phi_at TEXT
);
CREATE INDEX IF NOT EXISTS thanhtoan_requests_dossier ON thanhtoan_requests (ma_ho_so);
"""


@dataclass(frozen=True)
class PaymentRequest:
    ma_tham_chieu: str
    ma_ho_so: str
    so_tien: int
    trang_thai: PaymentState
    ma_giao_dich: str | None
    so_bien_lai: str | None
    paid_at: datetime | None
    refund: "Refund | None" = None


@dataclass(frozen=True)
class Refund:
    """Why, by whom and when the fee was handed back."""

    ly_do: str
    nguoi_hoan_phi: str
    at: datetime


def receipt_number() -> str:
    """The number of a new electronic receipt (biên lai điện tử)."""
    return f"BL{secrets.randbelow(10**8):08d}"


class PaymentRequests:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _row(self, row) -> PaymentRequest | None:
        if row is None:
            return None
        refund = None if row["hoan_phi_at"] is None else Refund(row["ly_do_hoan_phi"], row["nguoi_hoan_phi"],
                                                                datetime.fromisoformat(row["hoan_phi_at"]))
        return PaymentRequest(row["ma_tham_chieu"], row["ma_ho_so"], row["so_tien"], PaymentState(row["trang_thai"]),
                              row["ma_giao_dich"], row["so_bien_lai"],
                              None if row["paid_at"] is None else datetime.fromisoformat(row["paid_at"]), refund)

    def by_reference(self, ma_tham_chieu: str) -> PaymentRequest | None:
        return self._row(self.store.one("SELECT * FROM thanhtoan_requests WHERE ma_tham_chieu = ?",
                                        (ma_tham_chieu,)))

    def latest(self, ma_ho_so: str) -> PaymentRequest | None:
        return self._row(self.store.one("SELECT * FROM thanhtoan_requests WHERE ma_ho_so = ? "
                                        "ORDER BY created_at DESC, rowid DESC LIMIT 1", (ma_ho_so,)))

    def state_of(self, ma_ho_so: str) -> PaymentState:
        latest = self.latest(ma_ho_so)
        return PaymentState.CHUA_THANH_TOAN if latest is None else latest.trang_thai

    def open(self, ma_tham_chieu: str, ma_ho_so: str, so_tien: int, created_at: str) -> PaymentRequest:
        state = next_state(self.state_of(ma_ho_so), PaymentEvent.INIT)
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO thanhtoan_requests (ma_tham_chieu, ma_ho_so, so_tien, trang_thai, created_at) "
                         "VALUES (?, ?, ?, ?, ?)", (ma_tham_chieu, ma_ho_so, so_tien, state.value, created_at))
        return self.by_reference(ma_tham_chieu)

    def _move(self, request: PaymentRequest, event: PaymentEvent, **columns: str) -> PaymentRequest:
        state = next_state(request.trang_thai, event)
        sets = ", ".join(f"{name} = ?" for name in ("trang_thai", *columns))
        with self.store.transaction() as conn:
            conn.execute(f"UPDATE thanhtoan_requests SET {sets} WHERE ma_tham_chieu = ?",
                         (state.value, *columns.values(), request.ma_tham_chieu))
        return self.by_reference(request.ma_tham_chieu)

    def confirm(self, message: Mapping[str, object], secret: str, so_bien_lai: str,
                paid_at: datetime) -> PaymentRequest:
        """The platform's callback: checked, then Đã thanh toán with the receipt issued at paid_at (a receipt
        downloaded again later is the same document); raises CallbackRefused with nothing changed."""
        request = self.by_reference(str(message.get("MaThamChieu", "")))
        taken = frozenset(row["ma_giao_dich"] for row in self.store.all(
            "SELECT ma_giao_dich FROM thanhtoan_requests WHERE ma_giao_dich IS NOT NULL"))
        check_callback(message, secret, None if request is None else Expected(request.so_tien, taken))
        if not is_success(message):
            raise CallbackRefused(str(message.get("MoTaLoi") or "Giao dịch không thành công"))
        if request.trang_thai is not PaymentState.CHO_THANH_TOAN:
            raise CallbackRefused(f"Yêu cầu thanh toán đang ở trạng thái “{request.trang_thai.value}”.")
        return self._move(request, PaymentEvent.PAID, ma_giao_dich=str(message["MaGiaoDich"]),
                          so_bien_lai=so_bien_lai, paid_at=paid_at.isoformat())

    def waiting(self) -> list[PaymentRequest]:
        """Requests still waiting for the platform's word (Chờ thanh toán), oldest first."""
        rows = self.store.all("SELECT * FROM thanhtoan_requests WHERE trang_thai = ? ORDER BY created_at, rowid",
                              (PaymentState.CHO_THANH_TOAN.value,))
        return [self._row(row) for row in rows]

    def cancel(self, ma_tham_chieu: str) -> PaymentRequest:
        return self._move(self.by_reference(ma_tham_chieu), PaymentEvent.CANCEL)

    def refund(self, ma_tham_chieu: str, refund: Refund) -> PaymentRequest:
        """Đã thanh toán → Đã hoàn phí, with the officer's reason; raises PaymentRefused in any other state."""
        return self._move(self.by_reference(ma_tham_chieu), PaymentEvent.REFUND, ly_do_hoan_phi=refund.ly_do,
                          nguoi_hoan_phi=refund.nguoi_hoan_phi, hoan_phi_at=refund.at.isoformat())

    def latest_by_dossier(self) -> dict[str, PaymentRequest]:
        """Every dossier's latest payment request, by mã hồ sơ."""
        rows = self.store.all("SELECT * FROM thanhtoan_requests ORDER BY created_at, rowid")
        return {row["ma_ho_so"]: self._row(row) for row in rows}

    def dossiers_in(self, *states: PaymentState) -> set[str]:
        """Mã hồ sơ whose latest payment request is in one of the states."""
        rows = self.store.all("SELECT ma_ho_so, trang_thai FROM thanhtoan_requests ORDER BY created_at, rowid")
        latest = {row["ma_ho_so"]: row["trang_thai"] for row in rows}
        wanted = {state.value for state in states}
        return {ma_ho_so for ma_ho_so, state in latest.items() if state in wanted}
