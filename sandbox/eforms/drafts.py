"""Drafts of e-forms: what a citizen typed and uploaded for one procedure at one agency, until it is submitted.

Every "Lưu và nộp hồ sơ" saves the answers and the accepted files here first, so a refused submission (a
missing field, a wrong file) loses nothing: the form comes back filled and lists the files already uploaded.
A draft is keyed by the citizen, the procedure and the agency, and is discarded once the dossier exists.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from sandbox.eforms.uploads import Upload
from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS eform_drafts (
    id INTEGER PRIMARY KEY,
    owner_id TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL,
    UNIQUE (owner_id, procedure_code, unit_code)
);
CREATE TABLE IF NOT EXISTS eform_draft_files (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES eform_drafts(id) ON DELETE CASCADE,
    component_code TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class DraftFile:
    id: int
    component_code: str
    file_name: str
    content_type: str
    size: int


class Drafts:
    def __init__(self, store: Store) -> None:
        self.store = store

    def open(self, owner_id: str, procedure_code: str, unit_code: str, now: datetime) -> int:
        """The id of the citizen's draft for this procedure and agency, created empty if there is none."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO eform_drafts (owner_id, procedure_code, unit_code, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (owner_id, procedure_code, unit_code) DO NOTHING",
                (owner_id, procedure_code, unit_code, now.isoformat()),
            )
            return db.execute(
                "SELECT id FROM eform_drafts WHERE owner_id = ? AND procedure_code = ? AND unit_code = ?",
                (owner_id, procedure_code, unit_code),
            ).fetchone()[0]

    def find(self, owner_id: str, procedure_code: str, unit_code: str) -> int | None:
        row = self.store.one("SELECT id FROM eform_drafts WHERE owner_id = ? AND procedure_code = ? AND unit_code = ?",
                             (owner_id, procedure_code, unit_code))
        return row["id"] if row else None

    def answers(self, draft_id: int) -> dict[str, str]:
        row = self.store.one("SELECT answers FROM eform_drafts WHERE id = ?", (draft_id,))
        return json.loads(row["answers"]) if row else {}

    def save_answers(self, draft_id: int, answers: dict[str, str], now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE eform_drafts SET answers = ?, updated_at = ? WHERE id = ?",
                       (json.dumps(answers, ensure_ascii=False), now.isoformat(), draft_id))

    def add_file(self, draft_id: int, component_code: str, upload: Upload, now: datetime) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO eform_draft_files (draft_id, component_code, file_name, content_type, size, content,"
                " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draft_id, component_code, upload.file_name, upload.content_type, len(upload.content),
                 upload.content, now.isoformat()),
            )

    def files(self, draft_id: int) -> list[DraftFile]:
        rows = self.store.all(
            "SELECT id, component_code, file_name, content_type, size FROM eform_draft_files WHERE draft_id = ?"
            " ORDER BY id", (draft_id,))
        return [DraftFile(**dict(row)) for row in rows]

    def content(self, draft_id: int, file_id: int) -> bytes:
        row = self.store.one("SELECT content FROM eform_draft_files WHERE draft_id = ? AND id = ?",
                             (draft_id, file_id))
        return row["content"]

    def remove_file(self, draft_id: int, file_id: int) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM eform_draft_files WHERE draft_id = ? AND id = ?", (draft_id, file_id))

    def discard(self, draft_id: int) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM eform_drafts WHERE id = ?", (draft_id,))
