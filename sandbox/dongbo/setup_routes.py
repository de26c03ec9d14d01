"""Setup API of the status sync (docs/sandbox-setup-api.md): the outbox, the timing, the national copy."""

import time
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Query

from sandbox.context import Ctx, SandboxContext
from sandbox.dongbo.config import SyncConfig, read_config, write_config
from sandbox.dongbo.couriers import courier_of
from sandbox.dongbo.national_store import NationalStore
from sandbox.dongbo.outbox import UNSETTLED, Outbox, OutboxMessage, SyncStatus, sync_flags

router = APIRouter(prefix="/_setup/dongbo", tags=["setup"])


def _message_json(message: OutboxMessage) -> dict:
    due_in = max(0, round((message.due - time.monotonic()) * 1000)) if message.status in UNSETTLED else None
    return {
        "id": message.id, "ma_ho_so": message.ma_ho_so, "madonvi": message.madonvi, "service": message.service,
        "payload": message.payload, "status": message.status.value, "attempts": message.attempts,
        "last_error": message.last_error, "due_in_ms": due_in, "created_at": message.created_at.isoformat(),
        "synced_at": message.synced_at.isoformat() if message.synced_at else None,
    }


# How long one request may hold the line waiting for a dossier's sync flag.
MAX_WAIT_MS = 120_000


def _flag(ctx: SandboxContext, ma_ho_so: str) -> SyncStatus | None:
    return sync_flags(Outbox(ctx.store).messages(ma_ho_so)).get(ma_ho_so)


@router.get("/outbox")
def read_outbox(ctx: Ctx, ma_ho_so: str | None = None, until: SyncStatus | None = None,
                timeout_ms: Annotated[int, Query(ge=0, le=MAX_WAIT_MS)] = 0) -> dict:
    """With `until`, answers once the dossier's flag is that (woken by each delivery attempt, never polled), or
    after `timeout_ms` with the flag as it then is: the caller compares."""
    if until is not None:
        if ma_ho_so is None:
            raise HTTPException(422, "until cần ma_ho_so: chờ cờ đồng bộ của một hồ sơ.")
        courier = courier_of(ctx)
        if courier is not None:
            courier.wait_for(lambda: _flag(ctx, ma_ho_so) is until, timeout_ms / 1000)
    messages = Outbox(ctx.store).messages(ma_ho_so)
    return {"trang_thai_dong_bo": {code: flag.value for code, flag in sync_flags(messages).items()},
            "messages": [_message_json(message) for message in messages]}


@router.get("/config")
def read_sync_config(ctx: Ctx) -> dict:
    return asdict(read_config(ctx.store))


@router.put("/config")
def change_sync_config(body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    current = asdict(read_config(ctx.store))
    if unknown := sorted(set(body) - set(current)):
        raise HTTPException(422, f"Không có tham số cấu hình {', '.join(unknown)}; dùng {', '.join(current)}.")
    if not_whole := sorted(name for name, value in body.items() if type(value) is not int):
        raise HTTPException(422, f"{', '.join(not_whole)} phải là số nguyên.")
    config = SyncConfig(**{**current, **body})
    if problems := config.problems():
        raise HTTPException(422, " ".join(problems))
    write_config(ctx.store, config)
    return asdict(config)


@router.get("/national/{ma_ho_so}")
def read_national_copy(ma_ho_so: str, ctx: Ctx) -> dict:
    national = NationalStore(ctx.store)
    dossier = national.dossier(ma_ho_so)
    if dossier is None:
        raise HTTPException(404, f"Cổng DVCQG chưa có hồ sơ {ma_ho_so}.")
    return {"ma_ho_so": dossier.ma_ho_so, "madonvi": dossier.madonvi, "dong_bo_luc": dossier.synced_at.isoformat(),
            "ho_so": dossier.record, "tien_do": national.progress(dossier.ma_ho_so),
            "loi_goi": national.calls(dossier.ma_ho_so)}
