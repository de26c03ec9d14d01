"""Setup API: health, the clock and the fault switches (documented in docs/sandbox-setup-api.md)."""

from datetime import datetime, timedelta

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from sandbox.context import Ctx

router = APIRouter(prefix="/_setup", tags=["setup"])


class ClockChange(BaseModel):
    now: datetime | None = None
    advance_minutes: float | None = None


class FaultChange(BaseModel):
    on: bool


@router.get("/health")
def health(ctx: Ctx) -> dict:
    return {"status": "ok", "now": ctx.clock.now().isoformat()}


@router.get("/clock")
def read_clock(ctx: Ctx) -> dict:
    return {"now": ctx.clock.now().isoformat()}


@router.post("/clock")
def change_clock(change: ClockChange, ctx: Ctx) -> dict:
    if change.now is None and change.advance_minutes is None:
        raise HTTPException(422, "Cần 'now' (thời điểm ISO 8601) hoặc 'advance_minutes'.")
    if change.now is not None:
        ctx.clock.freeze(change.now)
    if change.advance_minutes is not None:
        ctx.clock.advance(timedelta(minutes=change.advance_minutes))
    return {"now": ctx.clock.now().isoformat()}


@router.delete("/clock")
def reset_clock(ctx: Ctx) -> dict:
    ctx.clock.reset()
    return {"now": ctx.clock.now().isoformat()}


@router.get("/faults")
def list_faults(ctx: Ctx) -> list[dict]:
    return [{"name": f.name, "description": f.description, "on": ctx.faults.is_on(f.name)}
            for f in ctx.faults.known()]


@router.put("/faults/{name}")
def switch_fault(name: str, change: FaultChange, ctx: Ctx) -> dict:
    try:
        ctx.faults.switch(name, change.on)
    except KeyError:
        raise HTTPException(404, f"Không có công tắc lỗi tên '{name}'.") from None
    return {"name": name, "on": change.on}
