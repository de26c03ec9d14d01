"""Agencies: their table, the default seed, and the setup API listing them."""

from fastapi import APIRouter

from sandbox.context import Ctx, SandboxContext
from sandbox.units.seed import Unit, default_units

DDL = """
CREATE TABLE IF NOT EXISTS units (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    province_code TEXT NOT NULL,
    province_name TEXT NOT NULL,
    ward_code TEXT,
    ward_name TEXT
);
"""

router = APIRouter(prefix="/_setup", tags=["setup"])


def install(ctx: SandboxContext) -> None:
    with ctx.store.transaction() as db:
        db.executemany(
            "INSERT OR IGNORE INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(u.code, u.name, u.kind, u.level, u.province_code, u.province_name, u.ward_code, u.ward_name)
             for u in default_units()],
        )


def all_units(ctx: SandboxContext) -> list[Unit]:
    return [Unit(**dict(row)) for row in ctx.store.all("SELECT * FROM units ORDER BY code")]


def find_unit(ctx: SandboxContext, code: str) -> Unit | None:
    row = ctx.store.one("SELECT * FROM units WHERE code = ?", (code,))
    return Unit(**dict(row)) if row else None


@router.get("/units")
def list_units(ctx: Ctx) -> list[dict]:
    return [u.__dict__ for u in all_units(ctx)]
