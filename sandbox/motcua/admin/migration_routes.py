""""Quản trị › Chuyển đổi hồ sơ": the unit administrator (QUAN_TRI_DON_VI) uploads the old portal's export (CSV) and
reads, row by row, what was imported, updated ("đã tồn tại") or refused and why. The dossiers always go to the
administrator's own unit: the unit is never taken from the request. The setup API's import
(sandbox/dossiers/legacy_setup_routes.py) is the same import, for the examples' preparation."""

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from sandbox.context import Ctx
from sandbox.dossiers import legacy_setup_routes
from sandbox.dossiers.legacy_import import IMPORTED, REFUSED, UPDATED, LegacyImport, UnreadableExport
from sandbox.motcua.admin.guard import officer_for_entry
from sandbox.motcua.menu import find_entry
from sandbox.motcua.rendering import page

ADDRESS = "/quan-tri/chuyen-doi-ho-so"
NO_FILE = "Vui lòng chọn tệp xuất từ hệ thống cũ (CSV)."

pages = APIRouter(prefix="/motcua", include_in_schema=False)


def _page(ctx: Ctx, request: Request, officer, status: int = 200, **context: object) -> Response:
    group, label = find_entry("quan-tri", "chuyen-doi-ho-so")
    return page(ctx, request, officer, "legacy_import.html", status=status, group=group, label=label,
                current=request.url.path, **context)


@pages.get(ADDRESS)
def import_form(request: Request, ctx: Ctx) -> Response:
    officer = officer_for_entry(ctx, request, ("quan-tri", "chuyen-doi-ho-so"))
    if isinstance(officer, Response):
        return officer
    return _page(ctx, request, officer)


@pages.post(ADDRESS)
async def import_export(request: Request, ctx: Ctx) -> Response:
    officer = officer_for_entry(ctx, request, ("quan-tri", "chuyen-doi-ho-so"))
    if isinstance(officer, Response):
        return officer
    upload = (await request.form()).get("tep_xuat")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _page(ctx, request, officer, 422, error=NO_FILE)
    try:
        outcomes = LegacyImport(ctx, officer.unit_code).run(await upload.read())
    except UnreadableExport as problem:
        return _page(ctx, request, officer, 422, error=f"{upload.filename}: {problem}")
    counts = {kind: sum(1 for o in outcomes if o.outcome == kind) for kind in (IMPORTED, UPDATED, REFUSED)}
    summary = (f"Tệp {upload.filename}: {counts[IMPORTED]} hồ sơ đã nhập, {counts[UPDATED]} hồ sơ đã tồn tại được "
               f"cập nhật, {counts[REFUSED]} dòng bị từ chối.")
    return _page(ctx, request, officer, outcomes=outcomes, summary=summary)


router = APIRouter()
router.include_router(pages)
router.include_router(legacy_setup_routes.router)
