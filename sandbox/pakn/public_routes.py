"""The citizen's side of phananhkiennghi: the form "Gửi phản ánh", its receipt with the mã số PAKN, the lookup
"Tra cứu thông tin PAKN" (by mã số or tên người gửi), the rating, and the public list of published answers."""

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from sandbox.context import Ctx
from sandbox.eforms.uploads import Upload, file_name_only, upload_problem
from sandbox.identity.validation import nfc
from sandbox.pakn.form import DOI_TUONG, FIELDS, VE_VIEC, WARNING, field_problems
from sandbox.pakn.records import DA_TRA_LOI, add_item, all_items, find_item, items_by_sender
from sandbox.pakn.workflow import RATINGS, Refused, rate
from sandbox.templating import templates

router = APIRouter(prefix="/pakn", include_in_schema=False)
MAX_FILE_BYTES = 10 * 1024 * 1024


def _form(request: Request, values: dict, problems: dict, status: int = 200) -> Response:
    return templates.TemplateResponse(request, "pakn/form.html", {
        "values": values, "errors": problems, "doi_tuong": DOI_TUONG, "ve_viec": VE_VIEC, "warning": WARNING,
    }, status_code=status)


@router.get("/")
def form_page(request: Request) -> Response:
    return _form(request, {}, {})


@router.post("/gui-phan-anh")
async def send(request: Request, ctx: Ctx) -> Response:
    data = await request.form()
    values = {name: nfc(str(data.get(name, ""))).strip() for name in FIELDS}
    problems = field_problems(values, ctx.clock.now().date())
    names = []
    for item in data.getlist("tep_dinh_kem"):
        if isinstance(item, UploadFile) and item.filename:
            content = await item.read()
            upload = Upload(file_name_only(item.filename), item.content_type or "", content)
            problem = upload_problem(upload) or (
                f"Tệp {upload.file_name} vượt quá 10 MB." if len(content) > MAX_FILE_BYTES else None)
            if problem:
                problems["tep_dinh_kem"] = problem
            names.append(upload.file_name)
    if problems:
        return _form(request, values, problems, status=422)
    ma_so = add_item(ctx, values, names)
    return RedirectResponse(f"/pakn/da-gui/{ma_so}", status_code=303)


@router.get("/da-gui/{ma_so}")
def sent(request: Request, ctx: Ctx, ma_so: str) -> Response:
    item = find_item(ctx, ma_so)
    if item is None:
        return templates.TemplateResponse(request, "pakn/not_found.html", {}, status_code=404)
    return templates.TemplateResponse(request, "pakn/sent.html", {"item": item})


@router.get("/tra-cuu")
def lookup(request: Request, ctx: Ctx, ma_so: str = "", ten_nguoi_gui: str = "", danh_gia: str = "") -> Response:
    ma_so, ten_nguoi_gui = ma_so.strip(), nfc(ten_nguoi_gui).strip()
    asked = bool(ma_so or ten_nguoi_gui)
    if ma_so:
        found = [item] if (item := find_item(ctx, ma_so)) else []
    else:
        found = items_by_sender(ctx, ten_nguoi_gui) if ten_nguoi_gui else []
    return templates.TemplateResponse(request, "pakn/lookup.html", {
        "ma_so": ma_so, "ten_nguoi_gui": ten_nguoi_gui, "asked": asked, "items": found, "ratings": RATINGS,
        "rated": danh_gia == "da-gui", "now": ctx.clock.now(), "rating_errors": {},
    })


@router.post("/tra-cuu/{ma_so}/danh-gia")
async def send_rating(request: Request, ctx: Ctx, ma_so: str) -> Response:
    item = find_item(ctx, ma_so)
    if item is None:
        return templates.TemplateResponse(request, "pakn/not_found.html", {}, status_code=404)
    data = await request.form()
    try:
        rate(ctx, item, str(data.get("cccd_danh_gia", "")), str(data.get("danh_gia", "")))
    except Refused as refused:
        return templates.TemplateResponse(request, "pakn/lookup.html", {
            "ma_so": ma_so, "ten_nguoi_gui": "", "asked": True, "items": [item], "ratings": RATINGS,
            "rated": False, "now": ctx.clock.now(), "rating_errors": {refused.field or "danh_gia": refused.message},
        }, status_code=refused.status)
    return RedirectResponse(f"/pakn/tra-cuu?ma_so={ma_so}&danh_gia=da-gui", status_code=303)


@router.get("/da-tra-loi")
def answered(request: Request, ctx: Ctx, tu_khoa: str = "") -> Response:
    keyword = nfc(tu_khoa).strip().casefold()
    published = [item for item in all_items(ctx) if item.state == DA_TRA_LOI and item.cong_khai
                 and (not keyword or keyword in item.ma_so.casefold() or keyword in item.tieu_de.casefold())]
    return templates.TemplateResponse(request, "pakn/answered.html",
                                      {"items": published[:50], "tu_khoa": tu_khoa.strip()})
