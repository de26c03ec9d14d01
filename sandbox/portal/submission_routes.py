"""Online submission: `/nop-ho-so/{procedure}?co_quan=<unit code>` ("Kê khai thông tin", where "Nộp hồ sơ"
leads) and the confirmation "Nộp hồ sơ thành công". The checks in front of both are in submission_target.py.

POST is "Lưu và nộp hồ sơ" (or "Xóa" on an uploaded file): the answers and good files go to the draft
first; then, with every field and required file in order, DossierService.submit gives the dossier its code
and status 1 (Mới đăng ký), the draft is discarded, and the citizen is sent to the confirmation. Otherwise
the form comes back (422) with each message next to its field and everything kept.
"""

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.eforms import drafts
from sandbox.eforms.admin_units import admin_units
from sandbox.eforms.drafts import Drafts
from sandbox.eforms.validation import check_form
from sandbox.portal import citizen_dossier_routes, submission_wards
from sandbox.portal.own_dossier import OwnedDossier
from sandbox.portal.rendering import page
from sandbox.portal.submission_flow import file_field, missing_files, save_uploads, submit
from sandbox.portal.submission_page import render_form
from sandbox.portal.submission_target import resolve
from sandbox.portal.submission_uploads import read_uploads
from sandbox.thanhtoan.dossier_fee import fee_of

DDL = drafts.DDL
REMOVE_FILE = "xoa_tep"

router = APIRouter(include_in_schema=False)
router.include_router(submission_wards.router)
router.include_router(citizen_dossier_routes.router)


@router.get("/nop-ho-so/{procedure_id}")
def declaration(procedure_id: str, request: Request, ctx: Ctx, co_quan: str = "") -> Response:
    target = resolve(request, ctx, procedure_id, co_quan)
    if isinstance(target, Response):
        return target
    store = Drafts(ctx.store)
    draft_id = store.find(target.citizen.so_dinh_danh, target.procedure.code, target.unit.code)
    return render_form(request, target, admin_units(ctx.settings.data_dir),
                       store.answers(draft_id) if draft_id else {}, store.files(draft_id) if draft_id else [])


@router.post("/nop-ho-so/{procedure_id}")
async def save_and_submit(procedure_id: str, request: Request, ctx: Ctx, co_quan: str = "") -> Response:
    target = resolve(request, ctx, procedure_id, co_quan)
    if isinstance(target, Response):
        return target
    posted = await request.form()
    now = ctx.clock.now()
    store = Drafts(ctx.store)
    draft_id = store.open(target.citizen.so_dinh_danh, target.procedure.code, target.unit.code, now)
    values = {item.name: str(posted.get(item.name, "")) for item in target.form.fields}
    store.save_answers(draft_id, values, now)
    uploads = {c.code: await read_uploads(posted, file_field(c.code)) for c in target.components}
    file_errors = save_uploads(store, draft_id, target, uploads, now)
    units = admin_units(ctx.settings.data_dir)
    if remove := str(posted.get(REMOVE_FILE, "")):
        if remove.isdigit():
            store.remove_file(draft_id, int(remove))
        return render_form(request, target, units, values, store.files(draft_id), file_errors=file_errors,
                           status_code=422 if file_errors else 200)
    checked = check_form(target.form, values, units, now.date())
    files = store.files(draft_id)
    file_errors |= missing_files(target, files, file_errors)
    if checked.errors or file_errors:
        return render_form(request, target, units, values, files, checked.errors, file_errors, status_code=422)
    dossier = submit(ctx, target, draft_id, checked.answers)
    return RedirectResponse(f"/ho-so/{dossier.ma_ho_so}/nop-thanh-cong", status_code=303)


@router.get("/ho-so/{ma_ho_so}/nop-thanh-cong")
def submitted(own: OwnedDossier, request: Request, ctx: Ctx) -> Response:
    dossier = own.dossier
    return page(request, "submission_done.html",
                {"dossier": dossier, "fee": fee_of(ctx.store, ctx.settings.data_dir, dossier)})
