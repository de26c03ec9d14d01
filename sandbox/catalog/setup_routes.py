"""Setup API for the procedure configuration: which agencies offer a procedure online (docs/sandbox-setup-api.md)."""

from dataclasses import asdict

from fastapi import APIRouter, HTTPException

from sandbox.catalog import configuration
from sandbox.catalog.loader import Procedure
from sandbox.catalog.rules import is_offline_only
from sandbox.context import Ctx, SandboxContext
from sandbox.units.routes import find_unit

router = APIRouter(prefix="/_setup/procedures", tags=["setup"])


def _procedure(ctx: SandboxContext, code: str) -> Procedure:
    procedure = ctx.catalog.by_code(code)
    if procedure is None:
        raise HTTPException(404, f"Không có thủ tục mã '{code}' trong danh mục.")
    return procedure


def _agencies(ctx: SandboxContext, procedure: Procedure) -> dict:
    units = configuration.configured_units(ctx.store, procedure.code)
    return {"id": procedure.id, "code": procedure.code, "name": procedure.name,
            "agencies": [asdict(unit) for unit in units]}


@router.get("/{code}/agencies")
def list_agencies(code: str, ctx: Ctx) -> dict:
    return _agencies(ctx, _procedure(ctx, code))


@router.put("/{code}/agencies/{unit_code}")
def configure_agency(code: str, unit_code: str, ctx: Ctx) -> dict:
    procedure = _procedure(ctx, code)
    if find_unit(ctx, unit_code) is None:
        raise HTTPException(404, f"Không có cơ quan mã '{unit_code}': xem GET /_setup/units.")
    record = ctx.catalog.detail(procedure)
    if record is not None and is_offline_only(record):
        raise HTTPException(409, f"Thủ tục {procedure.code} chỉ thực hiện trực tiếp, không áp dụng trực tuyến được.")
    configuration.configure(ctx.store, procedure.code, unit_code)
    return _agencies(ctx, procedure)


@router.delete("/{code}/agencies/{unit_code}")
def unconfigure_agency(code: str, unit_code: str, ctx: Ctx) -> dict:
    procedure = _procedure(ctx, code)
    configuration.unconfigure(ctx.store, procedure.code, unit_code)
    return _agencies(ctx, procedure)
