"""Which procedures the portal publishes (công khai), and under which decision: the choices of the CSDL TTHC
administrator ("Quản trị Cổng DVC › Công khai thủ tục").

A fresh sandbox publishes the catalogue as it was crawled: every procedure a citizen may see (`rules.is_public`),
under the publication decision its record names (`procedureProposal`, DOMAIN §1.4). This table keeps only what
an administrator changed since: a code taken off the portal, or published again under a new decision. An
unpublished procedure is gone from the portal's search, its detail page, its public API and its submission, as a
draft is on the real portal. Internal procedures are never published.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sandbox.catalog.loader import Procedure
from sandbox.clock import VIETNAM
from sandbox.context import SandboxContext
from sandbox.store import Store

DDL = """
CREATE TABLE IF NOT EXISTS procedure_publication (
    procedure_code TEXT PRIMARY KEY,
    published INTEGER NOT NULL,
    decision_no TEXT NOT NULL DEFAULT '',
    decision_date TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
"""

# "1523/QĐ-BCA-C06", "163/QĐ-BTP", "25/QĐ-UBND": a number, "/QĐ-", the issuing body.
DECISION_NUMBER = re.compile(r"^\d+/QĐ-[^\s/]+$")
DECISION_HINT = "Số quyết định công bố có dạng số/QĐ-cơ quan ban hành, ví dụ 1523/QĐ-BCA-C06."
INTERNAL = "Thủ tục nội bộ không công khai trên Cổng Dịch vụ công quốc gia."


class NotPublishable(ValueError):
    """What an administrator asked for breaks a rule; the message says which, in Vietnamese."""


@dataclass(frozen=True)
class Publication:
    """Whether a procedure is on the portal now, and its current publication decision (empty when none)."""

    published: bool
    decision_no: str
    decision_date: date | None


def hidden_codes(store: Store) -> frozenset[str]:
    rows = store.all("SELECT procedure_code FROM procedure_publication WHERE published = 0")
    return frozenset(row["procedure_code"] for row in rows)


def is_published(store: Store, procedure: Procedure) -> bool:
    if not procedure.is_public:
        return False
    row = store.one("SELECT published FROM procedure_publication WHERE procedure_code = ?", (procedure.code,))
    return row is None or bool(row["published"])


def published_procedures(ctx: SandboxContext) -> list[Procedure]:
    """The catalogue a citizen searches: the public procedures no administrator has taken off the portal."""
    hidden = hidden_codes(ctx.store)
    return [procedure for procedure in ctx.catalog.public if procedure.code not in hidden]


def publication_of(ctx: SandboxContext, procedure: Procedure) -> Publication:
    row = ctx.store.one("SELECT * FROM procedure_publication WHERE procedure_code = ?", (procedure.code,))
    if row is not None and row["decision_no"]:
        decided = date.fromisoformat(row["decision_date"]) if row["decision_date"] else None
        return Publication(bool(row["published"]) and procedure.is_public, row["decision_no"], decided)
    proposal = (ctx.catalog.detail(procedure) or {}).get("procedureProposal") or {}
    decided_ms = proposal.get("decisionDate")
    decided = datetime.fromtimestamp(decided_ms / 1000, VIETNAM).date() if decided_ms else None
    published = procedure.is_public and (row is None or bool(row["published"]))
    return Publication(published, (proposal.get("proposalNumber") or "").strip(), decided)


def as_published(ctx: SandboxContext, procedure: Procedure, record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The full record as the portal serves it: the decision of the latest publication in `procedureProposal`."""
    row = ctx.store.one("SELECT * FROM procedure_publication WHERE procedure_code = ?", (procedure.code,))
    if row is None or not row["decision_no"]:
        return record
    proposal = dict(record.get("procedureProposal") or {})
    proposal["proposalNumber"] = row["decision_no"]
    if row["decision_date"]:
        midnight = datetime.combine(date.fromisoformat(row["decision_date"]), time(), VIETNAM)
        proposal["decisionDate"] = int(midnight.timestamp() * 1000)
    proposal["publicationDate"] = int(datetime.fromisoformat(row["changed_at"]).timestamp() * 1000)
    return {**record, "procedureProposal": proposal}


def publish(ctx: SandboxContext, procedure: Procedure, decision_no: str, decision_date: date | None,
            by: str) -> Publication:
    """Publish (again) under a decision: its number is required and checked."""
    if not procedure.is_public:
        raise NotPublishable(INTERNAL)
    number = " ".join(decision_no.split())
    if not DECISION_NUMBER.match(number):
        raise NotPublishable(DECISION_HINT)
    _write(ctx, procedure, True, number, decision_date.isoformat() if decision_date else "", by)
    return publication_of(ctx, procedure)


def unpublish(ctx: SandboxContext, procedure: Procedure, by: str) -> Publication:
    """Take the procedure off the portal; its decision is kept for when it is published again."""
    if not procedure.is_public:
        raise NotPublishable(INTERNAL)
    current = publication_of(ctx, procedure)
    decided = current.decision_date.isoformat() if current.decision_date else ""
    _write(ctx, procedure, False, current.decision_no, decided, by)
    return publication_of(ctx, procedure)


def _write(ctx: SandboxContext, procedure: Procedure, published: bool, decision_no: str, decision_date: str,
           by: str) -> None:
    with ctx.store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO procedure_publication VALUES (?, ?, ?, ?, ?, ?)",
                   (procedure.code, int(published), decision_no, decision_date, by, ctx.clock.now().isoformat()))
