"""The PAKN items table and its queries."""

import json
from dataclasses import dataclass
from datetime import datetime

from sandbox.context import SandboxContext
from sandbox.pakn.codes import next_code
from sandbox.pakn.deadline import due_at, is_overdue

DDL = """
CREATE TABLE IF NOT EXISTS pakn_items (
    ma_so TEXT PRIMARY KEY,
    doi_tuong TEXT NOT NULL,
    ho_ten TEXT NOT NULL,
    cccd TEXT NOT NULL,
    dia_chi TEXT NOT NULL,
    dien_thoai TEXT NOT NULL,
    email TEXT NOT NULL,
    ve_viec TEXT NOT NULL,
    tieu_de TEXT NOT NULL,
    noi_dung TEXT NOT NULL,
    attachments TEXT NOT NULL,
    received_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    state TEXT NOT NULL,
    classification TEXT NOT NULL DEFAULT '',
    unit_code TEXT NOT NULL DEFAULT '',
    answer TEXT,
    answered_at TEXT,
    cong_khai INTEGER,
    refusal_reason TEXT,
    rating TEXT
);
"""

# States (DOMAIN §4.1, the part the sandbox plays): routing is one step with the classification.
MOI_GUI, DA_CHUYEN_XU_LY, DA_TRA_LOI, TU_CHOI = "MOI_GUI", "DA_CHUYEN_XU_LY", "DA_TRA_LOI", "TU_CHOI"
# TrangThai as the public pages show it.
SHOWN_STATE = {MOI_GUI: "Chưa trả lời", DA_CHUYEN_XU_LY: "Chưa trả lời", DA_TRA_LOI: "Đã trả lời",
               TU_CHOI: "Từ chối tiếp nhận"}
CLASSIFICATIONS = {"TTHC": "Quy định hành chính (TTHC)", "CAN_BO": "Hành vi, thái độ của cán bộ, công chức"}


@dataclass(frozen=True)
class PaknItem:
    ma_so: str
    doi_tuong: str
    ho_ten: str
    cccd: str
    dia_chi: str
    dien_thoai: str
    email: str
    ve_viec: str
    tieu_de: str
    noi_dung: str
    attachments: list[str]
    received_at: datetime
    due_at: datetime
    state: str
    classification: str
    unit_code: str
    answer: str | None
    answered_at: datetime | None
    cong_khai: bool | None
    refusal_reason: str | None
    rating: str | None

    @property
    def shown_state(self) -> str:
        return SHOWN_STATE[self.state]

    @property
    def closed(self) -> bool:
        return self.state in (DA_TRA_LOI, TU_CHOI)

    def overdue(self, now: datetime) -> bool:
        return is_overdue(now, self.due_at, self.closed)


def _item(row) -> PaknItem:
    values = dict(row)
    values["attachments"] = json.loads(values["attachments"])
    for key in ("received_at", "due_at", "answered_at"):
        values[key] = datetime.fromisoformat(values[key]) if values[key] else None
    values["cong_khai"] = None if values["cong_khai"] is None else bool(values["cong_khai"])
    return PaknItem(**values)


def add_item(ctx: SandboxContext, fields: dict[str, str], attachments: list[str]) -> str:
    received = ctx.clock.now()
    with ctx.store.transaction() as db:
        ma_so = next_code(db, received)
        db.execute(
            "INSERT INTO pakn_items (ma_so, doi_tuong, ho_ten, cccd, dia_chi, dien_thoai, email, ve_viec, tieu_de,"
            " noi_dung, attachments, received_at, due_at, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ma_so, fields["doi_tuong"], fields["ho_ten"], fields["cccd"], fields["dia_chi"], fields["dien_thoai"],
             fields["email"], fields["ve_viec"], fields["tieu_de"], fields["noi_dung"],
             json.dumps(attachments, ensure_ascii=False), received.isoformat(), due_at(received).isoformat(),
             MOI_GUI))
    return ma_so


def find_item(ctx: SandboxContext, ma_so: str) -> PaknItem | None:
    row = ctx.store.one("SELECT * FROM pakn_items WHERE ma_so = ?", (ma_so.strip(),))
    return _item(row) if row else None


def items_by_sender(ctx: SandboxContext, ho_ten: str) -> list[PaknItem]:
    rows = ctx.store.all("SELECT * FROM pakn_items WHERE ho_ten = ? COLLATE NOCASE ORDER BY received_at DESC LIMIT 50",
                         (ho_ten.strip(),))
    return [_item(row) for row in rows]


def all_items(ctx: SandboxContext) -> list[PaknItem]:
    return [_item(row) for row in ctx.store.all("SELECT * FROM pakn_items ORDER BY received_at DESC, ma_so DESC")]


def update(ctx: SandboxContext, ma_so: str, expected_state: str, **changes) -> bool:
    """Apply `changes` if the item is still in `expected_state` (two officers acting at once: one wins)."""
    columns = ", ".join(f"{name} = ?" for name in changes)
    with ctx.store.transaction() as db:
        cursor = db.execute(f"UPDATE pakn_items SET {columns} WHERE ma_so = ? AND state = ?",
                            (*changes.values(), ma_so, expected_state))
    return cursor.rowcount == 1
