"""What the statistics read of PAKN items (one-way: thongke imports this, never the reverse)."""

from dataclasses import dataclass

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
    return []
