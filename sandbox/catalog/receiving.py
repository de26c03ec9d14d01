"""Which agency's one-stop queue an online submission lands in.

Normally the agency the citizen chose in "Chọn cơ quan thực hiện". A row here is a broken link between the portal
and the provincial system — the procedure's service at that agency mapped to another agency's code — so the
dossier reaches the other agency's queue, under its code. It is set through the setup API only, for the review of
procedures (ra_soat_tthc) to catch; no page of the sandbox offers it.
"""

from sandbox.context import SandboxContext
from sandbox.store import Store
from sandbox.units.routes import find_unit
from sandbox.units.seed import Unit

DDL = """
CREATE TABLE IF NOT EXISTS procedure_receiving (
    procedure_code TEXT NOT NULL,
    unit_code TEXT NOT NULL REFERENCES units(code),
    receiving_unit_code TEXT NOT NULL REFERENCES units(code),
    PRIMARY KEY (procedure_code, unit_code)
);
"""


def receiving_unit(ctx: SandboxContext, procedure_code: str, chosen: Unit) -> Unit:
    row = ctx.store.one("SELECT receiving_unit_code FROM procedure_receiving"
                        " WHERE procedure_code = ? AND unit_code = ?", (procedure_code, chosen.code))
    return (find_unit(ctx, row["receiving_unit_code"]) if row else None) or chosen


def send_elsewhere(store: Store, procedure_code: str, unit_code: str, receiving_unit_code: str) -> None:
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO procedure_receiving VALUES (?, ?, ?)",
                   (procedure_code, unit_code, receiving_unit_code))


def send_to_chosen(store: Store, procedure_code: str, unit_code: str) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM procedure_receiving WHERE procedure_code = ? AND unit_code = ?",
                   (procedure_code, unit_code))
