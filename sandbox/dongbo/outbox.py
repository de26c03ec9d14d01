"""The provincial sender's outbox: one row per message to the national side, with its delivery state.

`due` is a `time.monotonic()` reading of this process, not the sandbox clock: tests freeze the sandbox clock,
and delivery must still happen. The per-dossier sync flag (TrangThaiDongBoDVC) is derived from the rows.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS dongbo_outbox (
    id INTEGER PRIMARY KEY,
    ma_ho_so TEXT NOT NULL,
    madonvi TEXT NOT NULL,
    service TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SYNCED', 'FAILED', 'RETRYING')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    due REAL NOT NULL,
    created_at TEXT NOT NULL,
    synced_at TEXT
);
CREATE INDEX IF NOT EXISTS dongbo_outbox_by_dossier ON dongbo_outbox (ma_ho_so, id);
"""


class SyncStatus(StrEnum):
    PENDING = "PENDING"
    SYNCED = "SYNCED"
    FAILED = "FAILED"
    RETRYING = "RETRYING"


UNSETTLED = (SyncStatus.PENDING, SyncStatus.RETRYING)
# A dossier's flag is the worst state among its messages, worst first.
FLAG_ORDER = (SyncStatus.FAILED, SyncStatus.RETRYING, SyncStatus.PENDING, SyncStatus.SYNCED)


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    ma_ho_so: str
    madonvi: str
    service: str
    payload: dict
    status: SyncStatus
    attempts: int
    last_error: str | None
    due: float
    created_at: datetime
    synced_at: datetime | None

    @classmethod
    def from_row(cls, row) -> "OutboxMessage":
        data = dict(row)
        return cls(**{**data, "payload": json.loads(data["payload"]), "status": SyncStatus(data["status"]),
                      "created_at": datetime.fromisoformat(data["created_at"]),
                      "synced_at": datetime.fromisoformat(data["synced_at"]) if data["synced_at"] else None})


class Outbox:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, ma_ho_so: str, madonvi: str, messages: list[tuple[str, dict]], now: datetime, due: float) -> None:
        with self.store.transaction() as db:
            db.executemany(
                "INSERT INTO dongbo_outbox (ma_ho_so, madonvi, service, payload, due, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(ma_ho_so, madonvi, service, json.dumps(payload, ensure_ascii=False), due, now.isoformat())
                 for service, payload in messages],
            )

    def next_head(self) -> OutboxMessage | None:
        """The earliest due among the oldest unsettled message of each dossier: order per dossier holds."""
        row = self.store.one(
            "SELECT * FROM dongbo_outbox AS m WHERE m.status IN ('PENDING', 'RETRYING') AND NOT EXISTS ("
            " SELECT 1 FROM dongbo_outbox AS e WHERE e.ma_ho_so = m.ma_ho_so AND e.id < m.id"
            " AND e.status IN ('PENDING', 'RETRYING')) ORDER BY m.due, m.id LIMIT 1")
        return OutboxMessage.from_row(row) if row else None

    def record_attempt(self, message_id: int, status: SyncStatus, attempts: int, last_error: str | None,
                       due: float, synced_at: datetime | None = None) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE dongbo_outbox SET status = ?, attempts = ?, last_error = ?, due = ?, synced_at = ?"
                " WHERE id = ?",
                (status.value, attempts, last_error, due, synced_at.isoformat() if synced_at else None, message_id),
            )

    def reschedule_unsettled(self, due: float) -> None:
        """Due times are readings of one process's monotonic clock: a reused database's are meaningless."""
        with self.store.transaction() as db:
            db.execute("UPDATE dongbo_outbox SET due = ? WHERE status IN ('PENDING', 'RETRYING')", (due,))

    def messages(self, ma_ho_so: str | None = None) -> list[OutboxMessage]:
        if ma_ho_so is None:
            rows = self.store.all("SELECT * FROM dongbo_outbox ORDER BY id")
        else:
            rows = self.store.all("SELECT * FROM dongbo_outbox WHERE ma_ho_so = ? ORDER BY id", (ma_ho_so.strip(),))
        return [OutboxMessage.from_row(row) for row in rows]


def sync_flags(messages: list[OutboxMessage]) -> dict[str, SyncStatus]:
    """TrangThaiDongBoDVC per dossier: SYNCED only when every message of the dossier is."""
    states: dict[str, set[SyncStatus]] = {}
    for message in messages:
        states.setdefault(message.ma_ho_so, set()).add(message.status)
    return {code: next(flag for flag in FLAG_ORDER if flag in seen) for code, seen in states.items()}
