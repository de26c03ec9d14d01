"""The procedure detail page (`/thu-tuc-hanh-chinh/{uuid}`), its agency choices, and the old detail links."""

import re
from dataclasses import asdict

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.requests import Request

from sandbox.catalog.configuration import configured_units
from sandbox.catalog.loader import Procedure
from sandbox.catalog.publication import as_published, is_published
from sandbox.catalog.rules import is_offline_only
from sandbox.context import Ctx, SandboxContext
from sandbox.portal import agency_choices, rendering
from sandbox.portal.popular import popular_procedures
from sandbox.portal.procedure_view import from_catalogue_row, from_record

router = APIRouter()
# "1.000110.000.00.00.H01" (a local variant) names the procedure 1.000110.
_PROCEDURE_CODE = re.compile(r"^\s*(\d\.\d{6})")


def _public(ctx: SandboxContext, procedure_id: str) -> Procedure | None:
    procedure = ctx.catalog.by_id(procedure_id)
    return procedure if procedure is not None and is_published(ctx.store, procedure) else None


@router.get("/thu-tuc-hanh-chinh/{procedure_id}", response_class=HTMLResponse)
def procedure_detail(procedure_id: str, request: Request, ctx: Ctx) -> HTMLResponse:
    procedure = _public(ctx, procedure_id)
    if procedure is None:
        return rendering.not_found(request)
    record = ctx.catalog.detail(procedure)
    units = configured_units(ctx.store, procedure.code)
    return rendering.page(request, "procedure_detail.html", {
        "view": from_record(as_published(ctx, procedure, record)) if record else from_catalogue_row(procedure.row),
        "offline_only": record is not None and is_offline_only(record),
        "choices": {
            agency_choices.PROVINCE: [asdict(choice) for choice in agency_choices.provinces(units)],
            agency_choices.MINISTRY: [asdict(choice) for choice in agency_choices.ministries(units)],
        },
        "popular": popular_procedures(ctx),
    })


@router.get("/thu-tuc-hanh-chinh/{procedure_id}/co-quan-thuc-hien")
def agency_options(procedure_id: str, ctx: Ctx, tinh: str = "", cap: str = agency_choices.WARD) -> dict:
    """What the panel loads after a province is chosen, as the real SPA does: `items` of {value, label}."""
    procedure = _public(ctx, procedure_id)
    if procedure is None:
        raise HTTPException(404, "Không tìm thấy thủ tục hành chính.")
    units = configured_units(ctx.store, procedure.code)
    return {"items": [asdict(choice) for choice in agency_choices.agencies(units, tinh, cap)]}


@router.get("/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html")
@router.get("/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html")
def old_detail(request: Request, ctx: Ctx, ma_thu_tuc: str = "") -> Response:
    """The VPCP-era detail addresses, by procedure code, lead to the new page."""
    procedure = ctx.catalog.by_code(ma_thu_tuc)
    if procedure is None and (match := _PROCEDURE_CODE.match(ma_thu_tuc)):
        procedure = ctx.catalog.by_code(match.group(1))
    if procedure is None or not is_published(ctx.store, procedure):
        return rendering.not_found(request)
    return RedirectResponse(f"/thu-tuc-hanh-chinh/{procedure.id}", status_code=301)
