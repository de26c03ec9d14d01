"""What the statistics read of PAKN items (one-way: thongke imports this, never the reverse)."""

from dataclasses import dataclass

from sandbox.pakn.records import DDL, TU_CHOI
from sandbox.store import Store


@dataclass(frozen=True)
class PaknFacts:
    ma_so: str
    unit_code: str  # the unit it was routed to ("" before routing)
    classification: str  # "TTHC" | "CAN_BO" | ""
    received_at: str  # ISO
    due_at: str | None
    answered_at: str | None
    rating: str | None  # "Hài lòng" | "Chấp nhận được" | "Không hài lòng"
    refused: bool


def pakn_facts(store: Store) -> list[PaknFacts]:
    store.create_tables(DDL)  # the statistics may be installed before PAKN
    rows = store.all("SELECT ma_so, unit_code, classification, received_at, due_at, answered_at, rating, state"
                     " FROM pakn_items ORDER BY received_at")
    return [PaknFacts(row["ma_so"], row["unit_code"], row["classification"], row["received_at"], row["due_at"],
                      row["answered_at"], row["rating"], row["state"] == TU_CHOI) for row in rows]
