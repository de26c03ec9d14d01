"""Procedures in the administration area: "Quản trị Cổng DVC › Công khai thủ tục" (the CSDL TTHC administrator
publishes a code under its decision, or takes it off the portal) and "Quản trị › Cấu hình thủ tục" (a unit's
administrator applies a published procedure for online submission at their own unit, or stops it).

Each page and each form checks the officer's role on the server, and a unit's administrator can only ever touch
their own unit: the forms carry no unit, and a crafted request naming another one is refused.
"""

from datetime import date, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.catalog import configuration, publication
from sandbox.catalog.loader import Procedure
from sandbox.catalog.rules import INTERNAL_TYPE, is_offline_only
from sandbox.catalog.search import search
from sandbox.context import Ctx, SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.motcua.admin.guard import officer_for_entry
from sandbox.motcua.menu import find_entry
from sandbox.motcua.rendering import forbidden, page

router = APIRouter(prefix="/motcua", include_in_schema=False)

PUBLICATION = ("quan-tri-cong-dvc", "cong-khai-thu-tuc")
CONFIGURATION = ("quan-tri", "cau-hinh-thu-tuc")
SHOWN = 50
KINDS = {"STANDARD": "Thủ tục chung", "SPECIFIC": "Thủ tục đặc thù", INTERNAL_TYPE: "Thủ tục nội bộ"}
OWN_UNIT_ONLY = "Bạn chỉ cấu hình thủ tục cho đơn vị của mình."
UNKNOWN_CODE = "Không có thủ tục mã {code} trong CSDL thủ tục hành chính."


def _address(entry: tuple[str, str], **query: str) -> str:
    path = f"/motcua/{entry[0]}/{entry[1]}"
    return f"{path}?{urlencode(query)}" if query else path


def _entry_page(ctx: SandboxContext, request: Request, officer: Officer, entry: tuple[str, str], template: str,
                status: int = 200, **context: object) -> Response:
    group, label = find_entry(*entry)
    return page(ctx, request, officer, template, status=status, group=group, label=label, current=_address(entry),
                **context)


def _kind(procedure: Procedure) -> str:
    return KINDS[INTERNAL_TYPE] if not procedure.is_public else KINDS.get(procedure.row.get("type"), "")


def _publication_row(ctx: SandboxContext, procedure: Procedure) -> dict:
    state = publication.publication_of(ctx, procedure)
    status = "Không công khai (nội bộ)" if not procedure.is_public else (
        "Đã công khai" if state.published else "Chưa công khai")
    return {"code": procedure.code, "name": procedure.name, "kind": _kind(procedure), "decision": state.decision_no,
            "decision_date": f"{state.decision_date:%d/%m/%Y}" if state.decision_date else "", "status": status,
            "internal": not procedure.is_public, "published": state.published}


def _publication_page(ctx: SandboxContext, request: Request, officer: Officer, q: str, status: int = 200,
                      **context: object) -> Response:
    keyword = " ".join(q.split())
    if keyword:
        found = search(ctx.catalog.procedures, keyword)
    else:  # nothing asked yet: what administrators have taken off the portal
        hidden = publication.hidden_codes(ctx.store)
        found = [p for p in ctx.catalog.procedures if p.code in hidden and p.is_public]
    rows = [_publication_row(ctx, procedure) for procedure in found[:SHOWN]]
    return _entry_page(ctx, request, officer, PUBLICATION, "admin_publication.html", status=status, q=keyword,
                       rows=rows, total=len(found), shown=len(rows), **context)


@router.get("/quan-tri-cong-dvc/cong-khai-thu-tuc")
def publication_list(request: Request, ctx: Ctx, q: str = "", da_luu: str = "") -> Response:
    officer = officer_for_entry(ctx, request, PUBLICATION)
    if not isinstance(officer, Officer):
        return officer
    return _publication_page(ctx, request, officer, q, saved=da_luu)


def _decision_date(text: str) -> date | None:
    return datetime.strptime(text.strip(), "%d/%m/%Y").date() if text.strip() else None


def _publication_target(ctx: SandboxContext, request: Request, code: str) -> tuple[Officer, Procedure] | Response:
    """The CSDL TTHC administrator and the procedure the address names, or the page that says why not."""
    officer = officer_for_entry(ctx, request, PUBLICATION)
    if not isinstance(officer, Officer):
        return officer
    procedure = ctx.catalog.by_code(code)
    if procedure is None:
        return _publication_page(ctx, request, officer, code, 404, error=UNKNOWN_CODE.format(code=code))
    return officer, procedure


@router.post("/quan-tri-cong-dvc/cong-khai-thu-tuc/{code}/cong-khai")
def publish(code: str, request: Request, ctx: Ctx, so_quyet_dinh: Annotated[str, Form()] = "",
            ngay_quyet_dinh: Annotated[str, Form()] = "") -> Response:
    target = _publication_target(ctx, request, code)
    if isinstance(target, Response):
        return target
    officer, procedure = target
    try:
        decided = _decision_date(ngay_quyet_dinh)
    except ValueError:
        return _publication_page(ctx, request, officer, procedure.code, 422, failed=procedure.code,
                                 error="Ngày quyết định ghi theo dạng dd/mm/yyyy, ví dụ 15/07/2026.",
                                 typed=so_quyet_dinh, typed_date=ngay_quyet_dinh)
    try:
        publication.publish(ctx, procedure, so_quyet_dinh, decided, officer.username)
    except publication.NotPublishable as refusal:
        return _publication_page(ctx, request, officer, procedure.code, 422, failed=procedure.code,
                                 error=str(refusal), typed=so_quyet_dinh, typed_date=ngay_quyet_dinh)
    saved = f"Đã công khai thủ tục {procedure.code} theo quyết định {' '.join(so_quyet_dinh.split())}."
    return RedirectResponse(_address(PUBLICATION, q=procedure.code, da_luu=saved), status_code=303)


@router.post("/quan-tri-cong-dvc/cong-khai-thu-tuc/{code}/ngung-cong-khai")
def unpublish(code: str, request: Request, ctx: Ctx) -> Response:
    target = _publication_target(ctx, request, code)
    if isinstance(target, Response):
        return target
    officer, procedure = target
    try:
        publication.unpublish(ctx, procedure, officer.username)
    except publication.NotPublishable as refusal:
        return _publication_page(ctx, request, officer, procedure.code, 422, error=str(refusal))
    saved = f"Đã ngừng công khai thủ tục {procedure.code}: thủ tục không còn hiển thị trên Cổng."
    return RedirectResponse(_address(PUBLICATION, q=procedure.code, da_luu=saved), status_code=303)


def _configuration_page(ctx: SandboxContext, request: Request, officer: Officer, status: int = 200,
                        **context: object) -> Response:
    found = (ctx.catalog.by_code(code) for code in configuration.configured_procedures(ctx.store, officer.unit_code))
    rows = [{"code": p.code, "name": p.name, "published": publication.is_published(ctx.store, p)}
            for p in found if p is not None]
    return _entry_page(ctx, request, officer, CONFIGURATION, "admin_configuration.html", status=status, rows=rows,
                       **context)


def _own_unit(officer: Officer, don_vi: str) -> bool:
    return not don_vi.strip() or don_vi.strip() == officer.unit_code


@router.get("/quan-tri/cau-hinh-thu-tuc")
def configuration_list(request: Request, ctx: Ctx, da_luu: str = "") -> Response:
    officer = officer_for_entry(ctx, request, CONFIGURATION)
    if not isinstance(officer, Officer):
        return officer
    return _configuration_page(ctx, request, officer, saved=da_luu)


def _configuration_problem(ctx: SandboxContext, procedure: Procedure | None, code: str) -> str | None:
    if procedure is None:
        return UNKNOWN_CODE.format(code=code or "(trống)")
    if not publication.is_published(ctx.store, procedure):
        return (f"Thủ tục {procedure.code} chưa được công khai trên Cổng Dịch vụ công quốc gia: chưa áp dụng trực "
                "tuyến được.")
    record = ctx.catalog.detail(procedure)
    if record is not None and is_offline_only(record):
        return f"Thủ tục {procedure.code} chỉ thực hiện trực tiếp, không áp dụng trực tuyến được."
    return None


@router.post("/quan-tri/cau-hinh-thu-tuc/ap-dung")
def apply_at_unit(request: Request, ctx: Ctx, ma_thu_tuc: Annotated[str, Form()] = "",
                  don_vi: Annotated[str, Form()] = "") -> Response:
    officer = officer_for_entry(ctx, request, CONFIGURATION)
    if not isinstance(officer, Officer):
        return officer
    if not _own_unit(officer, don_vi):
        return forbidden(ctx, request, officer, OWN_UNIT_ONLY)
    code = " ".join(ma_thu_tuc.split())
    procedure = ctx.catalog.by_code(code) if code else None
    if problem := _configuration_problem(ctx, procedure, code):
        return _configuration_page(ctx, request, officer, 422, error=problem, typed=ma_thu_tuc)
    configuration.configure(ctx.store, procedure.code, officer.unit_code)
    saved = f"Đã áp dụng trực tuyến thủ tục {procedure.code} tại đơn vị."
    return RedirectResponse(_address(CONFIGURATION, da_luu=saved), status_code=303)


@router.post("/quan-tri/cau-hinh-thu-tuc/{code}/ngung-ap-dung")
def stop_at_unit(code: str, request: Request, ctx: Ctx, don_vi: Annotated[str, Form()] = "") -> Response:
    officer = officer_for_entry(ctx, request, CONFIGURATION)
    if not isinstance(officer, Officer):
        return officer
    if not _own_unit(officer, don_vi):
        return forbidden(ctx, request, officer, OWN_UNIT_ONLY)
    procedure = ctx.catalog.by_code(code)
    if procedure is None:
        return _configuration_page(ctx, request, officer, 404, error=UNKNOWN_CODE.format(code=code))
    configuration.unconfigure(ctx.store, procedure.code, officer.unit_code)
    saved = f"Đã ngừng áp dụng trực tuyến thủ tục {procedure.code} tại đơn vị."
    return RedirectResponse(_address(CONFIGURATION, da_luu=saved), status_code=303)
