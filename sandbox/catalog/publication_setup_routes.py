"""Setup API for the publication of procedures and the agency a submission reaches (docs/audits/ra_soat_tthc.md):
what the CSDL TTHC administrator and the provincial system's configuration would have left, for the audits'
examples."""

from datetime import date

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from sandbox.catalog import publication, receiving
from sandbox.catalog.configuration import configured_units
from sandbox.catalog.setup_routes import _procedure
from sandbox.context import Ctx, SandboxContext
from sandbox.units.routes import find_unit

router = APIRouter(prefix="/_setup/procedures", tags=["setup"])
SETUP = "setup-api"


class PublicationIn(BaseModel):
    published: bool
    decision_no: str = ""
    decision_date: date | None = None


class ReceivingIn(BaseModel):
    receiving_unit_code: str


def _answer(ctx: SandboxContext, code: str) -> dict:
    procedure = _procedure(ctx, code)
    state = publication.publication_of(ctx, procedure)
    return {"code": procedure.code, "name": procedure.name, "published": state.published,
            "decision_no": state.decision_no,
            "decision_date": state.decision_date.isoformat() if state.decision_date else None}


@router.get("/{code}/publication")
def read_publication(code: str, ctx: Ctx) -> dict:
    return _answer(ctx, code)


@router.put("/{code}/publication")
def change_publication(code: str, body: PublicationIn, ctx: Ctx) -> dict:
    """Publish under a decision (its number required, or the current one kept when none is given), or take off."""
    procedure = _procedure(ctx, code)
    try:
        if body.published:
            current = publication.publication_of(ctx, procedure)
            publication.publish(ctx, procedure, body.decision_no or current.decision_no,
                                body.decision_date or (None if body.decision_no else current.decision_date), SETUP)
        else:
            publication.unpublish(ctx, procedure, SETUP)
    except publication.NotPublishable as refusal:
        raise HTTPException(422, str(refusal)) from None
    return _answer(ctx, code)


@router.put("/{code}/agencies/{unit_code}/receiving")
def send_elsewhere(code: str, unit_code: str, body: ReceivingIn, ctx: Ctx) -> dict:
    procedure = _procedure(ctx, code)
    if unit_code not in {unit.code for unit in configured_units(ctx.store, procedure.code)}:
        raise HTTPException(409, f"Thủ tục {procedure.code} chưa được cấu hình tại cơ quan '{unit_code}'.")
    if find_unit(ctx, body.receiving_unit_code) is None:
        raise HTTPException(404, f"Không có cơ quan mã '{body.receiving_unit_code}': xem GET /_setup/units.")
    receiving.send_elsewhere(ctx.store, procedure.code, unit_code, body.receiving_unit_code)
    return {"code": procedure.code, "unit_code": unit_code, "receiving_unit_code": body.receiving_unit_code}


@router.delete("/{code}/agencies/{unit_code}/receiving")
def send_to_chosen(code: str, unit_code: str, ctx: Ctx) -> dict:
    procedure = _procedure(ctx, code)
    receiving.send_to_chosen(ctx.store, procedure.code, unit_code)
    return {"code": procedure.code, "unit_code": unit_code, "receiving_unit_code": unit_code}
