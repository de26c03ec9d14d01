"""Setup API of the import of the old portal's dossiers (docs/sandbox-setup-api.md): the same import as
"Quản trị › Chuyển đổi hồ sơ" for a given unit, and the flaws an audit's example needs in what was imported.

- `POST /_setup/chuyen-doi-ho-so`: `{unit_code, csv, convert}` imports the export's rows (`convert: false`: without
  the "Convert" marker, so the national sync pushes them); answers each row's outcome.
- `POST /_setup/chuyen-doi-ho-so/sai-lech`: `{unit_code, legacy_code, ...}` changes what the unit holds under a
  legacy code: `trang_thai` (1–10), `ngay_tiep_nhan` / `ngay_hen_tra`, or `ban_trung: true` for a second dossier
  under the same legacy code (as if entered by hand besides the import; made once).
"""

from dataclasses import asdict
from datetime import datetime

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from sandbox.context import Ctx
from sandbox.dossiers.legacy_import import LegacyImport, UnreadableExport
from sandbox.dossiers.statuses import Status

router = APIRouter(prefix="/_setup", tags=["setup"])


class LegacyExport(BaseModel):
    unit_code: str
    csv: str = Field(description="the old portal's export, as the administrator uploads it")
    convert: bool = True


class LegacyFlaw(BaseModel):
    unit_code: str
    legacy_code: str
    trang_thai: int | None = Field(None, ge=1, le=10)
    ngay_tiep_nhan: datetime | None = None
    ngay_hen_tra: datetime | None = None
    ban_trung: bool = False


def _import(ctx: Ctx, unit_code: str) -> LegacyImport:
    try:
        return LegacyImport(ctx, unit_code)
    except UnreadableExport as problem:
        raise HTTPException(404, str(problem)) from None


@router.post("/chuyen-doi-ho-so")
def import_export(body: LegacyExport, ctx: Ctx) -> dict:
    try:
        outcomes = _import(ctx, body.unit_code).run(body.csv.encode("utf-8"), convert=body.convert)
    except UnreadableExport as problem:
        raise HTTPException(422, str(problem)) from None
    return {"rows": [asdict(outcome) for outcome in outcomes]}


@router.post("/chuyen-doi-ho-so/sai-lech")
def introduce_flaw(body: LegacyFlaw, ctx: Ctx) -> dict:
    legacy = _import(ctx, body.unit_code)
    held = legacy.held(body.legacy_code)
    if not held:
        raise HTTPException(404, f"Đơn vị không có hồ sơ nào mang mã hồ sơ cũ {body.legacy_code}.")
    changes: dict = {}
    if body.trang_thai is not None:
        changes["trang_thai"] = Status(body.trang_thai)
    for name in ("ngay_tiep_nhan", "ngay_hen_tra"):
        if (moment := getattr(body, name)) is not None:
            changes[name] = moment
    if changes:
        legacy.records.update(held[0].id, **changes)
    if body.ban_trung and len(held) == 1:
        legacy.duplicate(held[0])
    return {"ma_ho_so": [dossier.ma_ho_so for dossier in legacy.held(body.legacy_code)]}
