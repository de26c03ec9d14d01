"""Which procedures an officer is assigned to (cán bộ được phân công thủ tục, DOMAIN §7.4).

An officer without any assignment works on every procedure of their unit; once assigned, only on those.
"""

from collections.abc import Iterable

from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS officer_procedures (
    username TEXT NOT NULL REFERENCES officers (username),
    procedure_code TEXT NOT NULL,
    PRIMARY KEY (username, procedure_code)
);
"""


def assigned_procedures(store: Store, username: str) -> frozenset[str] | None:
    """The procedure codes the officer is limited to, or None when they are not limited."""
    rows = store.all("SELECT procedure_code FROM officer_procedures WHERE username = ?", (username,))
    return frozenset(row["procedure_code"] for row in rows) or None


def assign(store: Store, username: str, procedure_codes: Iterable[str]) -> None:
    """Replace the officer's assignment; no codes lifts the limit."""
    with store.transaction() as db:
        db.execute("DELETE FROM officer_procedures WHERE username = ?", (username,))
        db.executemany("INSERT INTO officer_procedures VALUES (?, ?)",
                       [(username, code) for code in sorted(set(procedure_codes))])
