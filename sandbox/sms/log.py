"""The gateway's message log: every message the sandbox meant to send, with its delivery status and attempts."""

import json
from datetime import datetime

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS sms_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ma_ho_so TEXT NOT NULL,
    trang_thai_ho_so INTEGER NOT NULL,
    so_dien_thoai_goc TEXT,
    so_dien_thoai TEXT,
    noi_dung TEXT NOT NULL,
    so_doan INTEGER NOT NULL,
    tinh_trang TEXT NOT NULL,
    lan_gui TEXT NOT NULL,
    thoi_diem TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_messages_phone ON sms_messages (so_dien_thoai);
CREATE INDEX IF NOT EXISTS sms_messages_code ON sms_messages (ma_ho_so);
"""

# Delivery statuses: sent first time, sent after a gateway error, given up, or refused before sending.
SENT, RETRIED, FAILED, REFUSED = "da_gui", "gui_lai_thanh_cong", "gui_loi", "tu_choi_so_khong_hop_le"


class MessageLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, *, ma_ho_so: str, status: int, raw_number: str | None, number: str | None, text: str,
            segment_count: int, outcome: str, attempts: list[dict], now: datetime) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO sms_messages (ma_ho_so, trang_thai_ho_so, so_dien_thoai_goc, so_dien_thoai, noi_dung,"
                " so_doan, tinh_trang, lan_gui, thoi_diem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ma_ho_so, status, raw_number, number, text, segment_count, outcome, json.dumps(attempts),
                 now.isoformat()),
            )

    def find(self, number: str | None = None, ma_ho_so: str | None = None) -> list[dict]:
        clauses, params = [], []
        if number:
            clauses.append("(so_dien_thoai = ? OR so_dien_thoai_goc = ?)")
            params += [number, number]
        if ma_ho_so:
            clauses.append("ma_ho_so = ?")
            params.append(ma_ho_so)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self.store.all(f"SELECT * FROM sms_messages{where} ORDER BY id", tuple(params))
        return [_public(row) for row in rows]


def _public(row) -> dict:
    return {
        "ma_ho_so": row["ma_ho_so"], "trang_thai_ho_so": str(row["trang_thai_ho_so"]),
        "so_dien_thoai": row["so_dien_thoai"], "so_dien_thoai_goc": row["so_dien_thoai_goc"],
        "noi_dung": row["noi_dung"], "so_doan": row["so_doan"], "tinh_trang": row["tinh_trang"],
        "lan_gui": json.loads(row["lan_gui"]), "thoi_diem": row["thoi_diem"],
    }
