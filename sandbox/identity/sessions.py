"""Server-side sessions behind an opaque cookie, one realm per subsystem (portal, motcua).

The cookie holds a random token; the table holds only its SHA-256 digest. Sessions end at logout or
when the sandbox stops, not on the sandbox clock: tests move that clock by days, and the harness reuses
one saved login per actor for the whole run.
"""

import hashlib
import json
import secrets
from typing import Any

from sandbox.context import SandboxContext

DDL = """
CREATE TABLE IF NOT EXISTS sessions (
    digest TEXT PRIMARY KEY,
    realm TEXT NOT NULL,
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    opened_at TEXT NOT NULL
);
"""


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(ctx: SandboxContext, realm: str, subject: str, data: dict[str, Any]) -> str:
    token = new_token()
    with ctx.store.transaction() as db:
        db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
                   (digest(token), realm, subject, json.dumps(data, ensure_ascii=False),
                    ctx.clock.now().isoformat()))
    return token


def read_session(ctx: SandboxContext, realm: str, token: str | None) -> tuple[str, dict[str, Any]] | None:
    """(subject, data) of the session the cookie names, or None."""
    if not token:
        return None
    row = ctx.store.one("SELECT subject, data FROM sessions WHERE digest = ? AND realm = ?", (digest(token), realm))
    return (row["subject"], json.loads(row["data"])) if row else None


def close_session(ctx: SandboxContext, realm: str, token: str | None) -> None:
    if token:
        with ctx.store.transaction() as db:
            db.execute("DELETE FROM sessions WHERE digest = ? AND realm = ?", (digest(token), realm))
