"""The national portal's own tables: its API clients and sessions, and the dossiers and progress synced to it.

Records are kept as the JSON the provincial system sent (the §3.6 field names), so the national side knows
exactly what was synced and nothing more.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS national_clients (
    username TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    ten TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS national_sessions (
    digest TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES national_clients (username),
    expires_at REAL NOT NULL,
    calls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS national_dossiers (
    ma_ho_so TEXT PRIMARY KEY COLLATE NOCASE,
    madonvi TEXT NOT NULL,
    ma_doi_tuong TEXT,
    record TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS national_dossiers_by_subject ON national_dossiers (ma_doi_tuong);
-- Every service call about a dossier: which session it came in (by digest) and what it was answered.
CREATE TABLE IF NOT EXISTS national_calls (
    id INTEGER PRIMARY KEY,
    ma_ho_so TEXT NOT NULL COLLATE NOCASE,
    session_digest TEXT NOT NULL,
    service TEXT NOT NULL,
    error_code TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS national_calls_by_dossier ON national_calls (ma_ho_so);
CREATE TABLE IF NOT EXISTS national_progress (
    id INTEGER PRIMARY KEY,
    ma_ho_so TEXT NOT NULL COLLATE NOCASE REFERENCES national_dossiers (ma_ho_so),
    entry TEXT NOT NULL,
    received_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class NationalDossier:
    ma_ho_so: str
    madonvi: str
    record: dict
    synced_at: datetime

    @classmethod
    def from_row(cls, row) -> "NationalDossier":
        return cls(row["ma_ho_so"], row["madonvi"], json.loads(row["record"]),
                   datetime.fromisoformat(row["synced_at"]))


@dataclass(frozen=True)
class NationalSession:
    username: str
    expires_at: float
    calls: int


class NationalStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add_client(self, username: str, password_hash: str, ten: str) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT OR IGNORE INTO national_clients VALUES (?, ?, ?)", (username, password_hash, ten))

    def client_password_hash(self, username: str) -> str | None:
        row = self.store.one("SELECT password_hash FROM national_clients WHERE username = ?", (username,))
        return row["password_hash"] if row else None

    def open_session(self, digest: str, username: str, expires_at: float) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO national_sessions (digest, username, expires_at) VALUES (?, ?, ?)",
                       (digest, username, expires_at))

    def session(self, digest: str) -> NationalSession | None:
        row = self.store.one("SELECT username, expires_at, calls FROM national_sessions WHERE digest = ?", (digest,))
        return NationalSession(row["username"], row["expires_at"], row["calls"]) if row else None

    def count_call(self, digest: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE national_sessions SET calls = calls + 1 WHERE digest = ?", (digest,))

    def end_session(self, digest: str) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM national_sessions WHERE digest = ?", (digest,))

    def log_call(self, codes: list[str], session_digest: str, service: str, error_code: str) -> None:
        with self.store.transaction() as db:
            db.executemany("INSERT INTO national_calls (ma_ho_so, session_digest, service, error_code)"
                           " VALUES (?, ?, ?, ?)", [(code, session_digest, service, error_code) for code in codes])

    def calls(self, ma_ho_so: str) -> list[dict]:
        """The service calls about a dossier in order: service, answer code, and `phien`, the session it came in
        numbered by first use among these calls (digests stay inside the national side)."""
        rows = self.store.all("SELECT session_digest, service, error_code FROM national_calls WHERE ma_ho_so = ?"
                              " ORDER BY id", (ma_ho_so.strip(),))
        sessions: dict[str, int] = {}
        return [{"service": row["service"], "error_code": row["error_code"],
                 "phien": sessions.setdefault(row["session_digest"], len(sessions) + 1)} for row in rows]

    def dossier(self, ma_ho_so: str) -> NationalDossier | None:
        row = self.store.one("SELECT * FROM national_dossiers WHERE ma_ho_so = ?", (ma_ho_so.strip(),))
        return NationalDossier.from_row(row) if row else None

    def of_subject(self, ma_doi_tuong: str) -> list[NationalDossier]:
        """The dossiers one account submitted (MaDoiTuong), the latest submitted first."""
        rows = self.store.all("SELECT * FROM national_dossiers WHERE ma_doi_tuong = ?"
                              " ORDER BY json_extract(record, '$.NgayNopHoSo') DESC, ma_ho_so DESC", (ma_doi_tuong,))
        return [NationalDossier.from_row(row) for row in rows]

    def save_dossiers(self, madonvi: str, records: list[dict], now: datetime) -> None:
        """Stores each record whole: an update replaces what the national side held."""
        with self.store.transaction() as db:
            db.executemany(
                "INSERT INTO national_dossiers VALUES (?, ?, ?, ?, ?) ON CONFLICT (ma_ho_so) DO UPDATE SET"
                " madonvi = excluded.madonvi, ma_doi_tuong = excluded.ma_doi_tuong, record = excluded.record,"
                " synced_at = excluded.synced_at",
                [(r["MaHoSo"], madonvi, r.get("MaDoiTuong") or None, json.dumps(r, ensure_ascii=False),
                  now.isoformat()) for r in records],
            )

    def add_progress(self, entries: list[dict], now: datetime) -> None:
        with self.store.transaction() as db:
            db.executemany("INSERT INTO national_progress (ma_ho_so, entry, received_at) VALUES (?, ?, ?)",
                           [(e["MaHoSo"], json.dumps(e, ensure_ascii=False), now.isoformat()) for e in entries])

    def progress(self, ma_ho_so: str) -> list[dict]:
        rows = self.store.all("SELECT entry FROM national_progress WHERE ma_ho_so = ? ORDER BY id",
                              (ma_ho_so.strip(),))
        return [json.loads(row["entry"]) for row in rows]
