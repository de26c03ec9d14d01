"""The portal's reconciliation job (DOMAIN §3.7, TaskCheckConfirmGiaoDichThanhToan): every RECONCILE_INTERVAL_MS
of real time it sends the platform a signed QUERY for each request still "Chờ thanh toán" and takes a signed
answer of a successful transaction as the lost callback would have been taken (callbacks.py checks it the same
way). Each QUERY and its answer are logged for the setup API (GET /_setup/thanhtoan/doi-soat/{mã hồ sơ})."""

import json
import logging
import threading

from sandbox.context import SandboxContext
from sandbox.thanhtoan.callbacks import CallbackRefused
from sandbox.thanhtoan.messages import PARTNER
from sandbox.thanhtoan.payments import PaymentRequests, receipt_number
from sandbox.thanhtoan.platform_routes import answer_query
from sandbox.thanhtoan.platform_secret import secret_of
from sandbox.thanhtoan.signing import QUERY_FIELDS, sign

log = logging.getLogger(__name__)

# Small on purpose: a lost callback is recovered well within the sandbox's status_sync deadline (10 s).
RECONCILE_INTERVAL_MS = 500

DDL = """
CREATE TABLE IF NOT EXISTS thanhtoan_queries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ma_ho_so TEXT NOT NULL,
    ma_tham_chieu TEXT NOT NULL,
    query_message TEXT NOT NULL,
    answer_message TEXT NOT NULL
);
"""


def query_message(ma_tham_chieu: str, thoi_gian: str, secret: str) -> dict:
    message = {"LoaiBanTin": "QUERY", "PhienBan": "1.0.6", "MaDoiTac": PARTNER, "MaThamChieu": ma_tham_chieu,
               "ThoiGianGD": thoi_gian}
    return {**message, "MaXacThuc": sign(message, QUERY_FIELDS, secret)}


def reconcile_once(ctx: SandboxContext) -> int:
    """Queries every request waiting for its callback; returns how many it marked Đã thanh toán."""
    payments = PaymentRequests(ctx.store)
    secret = secret_of(ctx)
    paid = 0
    for request in payments.waiting():
        query = query_message(request.ma_tham_chieu, f"{ctx.clock.now():%Y%m%d%H%M%S}", secret)
        answer = answer_query(ctx, query)
        with ctx.store.transaction() as conn:
            conn.execute("INSERT INTO thanhtoan_queries (ma_ho_so, ma_tham_chieu, query_message, answer_message) "
                         "VALUES (?, ?, ?, ?)", (request.ma_ho_so, request.ma_tham_chieu,
                                                 json.dumps(query, ensure_ascii=False),
                                                 json.dumps(answer, ensure_ascii=False)))
        if answer.get("MaLoi") != "00" or answer.get("TrangThaiGD") != "1":
            continue
        try:
            payments.confirm(answer, secret, receipt_number(), ctx.clock.now())
            paid += 1
        except CallbackRefused as refused:
            log.warning("Đối soát QUERY không ghi nhận %s: %s", request.ma_tham_chieu, refused)
    return paid


def queries_of(ctx: SandboxContext, ma_ho_so: str) -> list[dict]:
    rows = ctx.store.all("SELECT * FROM thanhtoan_queries WHERE ma_ho_so = ? ORDER BY id", (ma_ho_so,))
    return [{"ma_tham_chieu": row["ma_tham_chieu"], "query": json.loads(row["query_message"]),
             "answer": json.loads(row["answer_message"])} for row in rows]


class Reconciler:
    """The background thread; waits on real time, never on the sandbox clock."""

    def __init__(self, ctx: SandboxContext, interval_ms: int = RECONCILE_INTERVAL_MS) -> None:
        self.ctx = ctx
        self.interval = interval_ms / 1000
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"thanhtoan-doi-soat {ctx.settings.db_path}",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.wait(self.interval):
            try:
                reconcile_once(self.ctx)
            except Exception:
                log.exception("Đối soát QUERY lỗi")
