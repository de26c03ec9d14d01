"""The platform's side of a payment: one session per accepted INIT (its message and where the citizen returns)."""

import json

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS thanhtoan_sessions (
    session_id TEXT PRIMARY KEY,
    ma_tham_chieu TEXT NOT NULL UNIQUE,
    init_message TEXT NOT NULL,
    return_url TEXT NOT NULL,
    ket_qua TEXT
);
"""


class DuplicateReference(Exception):
    pass


class Sessions:
    def __init__(self, store: Store) -> None:
        self.store = store

    def start(self, session_id: str, message: dict, return_url: str) -> None:
        if self.store.one("SELECT 1 FROM thanhtoan_sessions WHERE ma_tham_chieu = ?", (message["MaThamChieu"],)):
            raise DuplicateReference("Mã tham chiếu đã tồn tại")
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO thanhtoan_sessions (session_id, ma_tham_chieu, init_message, return_url) "
                         "VALUES (?, ?, ?, ?)", (session_id, message["MaThamChieu"],
                                                 json.dumps(message, ensure_ascii=False), return_url))

    def get(self, session_id: str) -> dict | None:
        row = self.store.one("SELECT * FROM thanhtoan_sessions WHERE session_id = ?", (session_id,))
        if row is None:
            return None
        return {"message": json.loads(row["init_message"]), "return_url": row["return_url"], "ket_qua": row["ket_qua"]}

    def by_reference(self, ma_tham_chieu: str) -> dict | None:
        row = self.store.one("SELECT session_id FROM thanhtoan_sessions WHERE ma_tham_chieu = ?", (ma_tham_chieu,))
        return None if row is None else self.get(row["session_id"])

    def settle(self, session_id: str, ket_qua: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE thanhtoan_sessions SET ket_qua = ? WHERE session_id = ?", (ket_qua, session_id))
