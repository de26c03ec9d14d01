"""The officer's side (role XU_LY_PAKN): login with the one-stop officer accounts (own session realm), the lists
"PAKN chưa trả lời" / "PAKN đã trả lời", an item's page, and the actions classify+route, answer+publish, refuse."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.responses import HTMLResponse

from sandbox.context import Ctx, SandboxContext
from sandbox.identity.accounts import Officer, find_officer, officer_password_hash
from sandbox.identity.lockout import check_password, refusal_message
from sandbox.identity.sessions import close_session, open_session, read_session
from sandbox.pakn.records import CLASSIFICATIONS, all_items, find_item
from sandbox.pakn.workflow import NO_ROLE, NOT_YOURS, Refused, answer, may_handle, reaches, refuse, route
from sandbox.templating import templates
from sandbox.units.routes import all_units, find_unit

router = APIRouter(prefix="/pakn/quan-tri", include_in_schema=False)
REALM, COOKIE, HOME = "pakn", "pakn_phien", "/pakn/quan-tri/"
LISTS = {"chua-tra-loi": "PAKN chưa trả lời", "da-tra-loi": "PAKN đã trả lời"}


def _officer(ctx: SandboxContext, request: Request) -> Officer | None:
    found = read_session(ctx, REALM, request.cookies.get(COOKIE))
    return find_officer(ctx, found[0]) if found else None


def _login_first(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/pakn/quan-tri/dang-nhap?next={request.url.path}", status_code=303)


def _page(ctx: SandboxContext, request: Request, officer: Officer, name: str, status: int = 200, **values) -> Response:
    unit = find_unit(ctx, officer.unit_code)
    return templates.TemplateResponse(request, f"pakn/{name}", {
        "officer": officer, "unit_name": unit.name if unit else officer.unit_code, "lists": LISTS, **values,
    }, status_code=status)


def _notice(ctx: SandboxContext, request: Request, officer: Officer, status: int, message: str) -> Response:
    return _page(ctx, request, officer, "officer_notice.html", status=status, message=message)


@router.get("/dang-nhap")
def login_page(request: Request, ctx: Ctx, next: str = HOME) -> Response:
    return templates.TemplateResponse(request, "pakn/officer_login.html", {"next": _safe(next)})


def _safe(candidate: str) -> str:
    return candidate if candidate.startswith(HOME) and "//" not in candidate and "\\" not in candidate else HOME


@router.post("/dang-nhap")
def log_in(request: Request, ctx: Ctx, ten_dang_nhap: Annotated[str, Form()] = "",
           mat_khau: Annotated[str, Form()] = "", next: Annotated[str, Form()] = HOME) -> Response:
    username = ten_dang_nhap.strip()
    errors = {}
    if not username:
        errors["ten_dang_nhap"] = "Vui lòng nhập tên đăng nhập."
    if not mat_khau:
        errors["mat_khau"] = "Vui lòng nhập mật khẩu."
    context = {"next": _safe(next), "ten_dang_nhap": username, "field_errors": errors}
    if errors:
        return templates.TemplateResponse(request, "pakn/officer_login.html", context, status_code=422)
    check = check_password(ctx, REALM, username, officer_password_hash(ctx, username), mat_khau)
    if not check.accepted:
        return templates.TemplateResponse(request, "pakn/officer_login.html",
                                          {**context, "error": refusal_message(check, "Tên đăng nhập")},
                                          status_code=423 if check.locked_until else 401)
    response = RedirectResponse(_safe(next), status_code=303)
    response.set_cookie(COOKIE, open_session(ctx, REALM, username, {}), path="/pakn/quan-tri", httponly=True,
                        samesite="lax")
    return response


@router.post("/dang-xuat")
def log_out(request: Request, ctx: Ctx) -> RedirectResponse:
    response = RedirectResponse("/pakn/quan-tri/dang-nhap", status_code=303)
    close_session(ctx, REALM, request.cookies.get(COOKIE))
    response.delete_cookie(COOKIE, path="/pakn/quan-tri")
    return response


@router.get("/")
def home(request: Request, ctx: Ctx) -> Response:
    if _officer(ctx, request) is None:
        return _login_first(request)
    return RedirectResponse("/pakn/quan-tri/chua-tra-loi", status_code=303)


@router.get("/pakn/{ma_so}")
def item_page(request: Request, ctx: Ctx, ma_so: str) -> Response:
    officer = _officer(ctx, request)
    if officer is None:
        return _login_first(request)
    return _item_page(ctx, request, officer, ma_so)


def _item_page(ctx: SandboxContext, request: Request, officer: Officer, ma_so: str, status: int = 200,
               errors: dict | None = None, typed: dict | None = None, notice: str = "") -> Response:
    if not may_handle(officer):
        return _notice(ctx, request, officer, 403, NO_ROLE)
    item = find_item(ctx, ma_so)
    if item is None:
        return _notice(ctx, request, officer, 404, f"Không tìm thấy PAKN {ma_so}.")
    if not reaches(officer, item):
        return _notice(ctx, request, officer, 403, NOT_YOURS)
    unit = find_unit(ctx, item.unit_code) if item.unit_code else None
    return _page(ctx, request, officer, "officer_item.html", status=status, item=item, errors=errors or {},
                 typed=typed or {}, notice=notice, classifications=CLASSIFICATIONS, units=all_units(ctx),
                 routed_unit=unit.name if unit else "", now=ctx.clock.now())


def _act(request: Request, ctx: SandboxContext, ma_so: str, action, typed: dict) -> Response:
    officer = _officer(ctx, request)
    if officer is None:
        return _login_first(request)
    item = find_item(ctx, ma_so)
    if item is None:
        return _notice(ctx, request, officer, 404, f"Không tìm thấy PAKN {ma_so}.")
    try:
        action(officer, item)
    except Refused as refused:
        if refused.status == 422:
            return _item_page(ctx, request, officer, ma_so, 422, {refused.field: refused.message}, typed)
        if refused.status == 409 and reaches(officer, item):
            return _item_page(ctx, request, officer, ma_so, 409, notice=refused.message)
        return _notice(ctx, request, officer, refused.status, refused.message)
    return RedirectResponse(f"/pakn/quan-tri/pakn/{ma_so}", status_code=303)


@router.post("/pakn/{ma_so}/chuyen-xu-ly")
def route_item(request: Request, ctx: Ctx, ma_so: str, phan_loai: Annotated[str, Form()] = "",
               don_vi: Annotated[str, Form()] = "") -> Response:
    return _act(request, ctx, ma_so, lambda officer, item: route(ctx, officer, item, phan_loai, don_vi),
                {"phan_loai": phan_loai, "don_vi": don_vi})


@router.post("/pakn/{ma_so}/tra-loi")
def answer_item(request: Request, ctx: Ctx, ma_so: str, tra_loi: Annotated[str, Form()] = "",
                cong_khai: Annotated[str, Form()] = "") -> Response:
    return _act(request, ctx, ma_so, lambda officer, item: answer(ctx, officer, item, tra_loi, cong_khai),
                {"tra_loi": tra_loi, "cong_khai": cong_khai})


@router.post("/pakn/{ma_so}/tu-choi")
def refuse_item(request: Request, ctx: Ctx, ma_so: str, ly_do: Annotated[str, Form()] = "") -> Response:
    return _act(request, ctx, ma_so, lambda officer, item: refuse(ctx, officer, item, ly_do), {"ly_do": ly_do})


@router.get("/{danh_sach}")
def item_list(request: Request, ctx: Ctx, danh_sach: str, ma_so: str = "") -> Response:
    officer = _officer(ctx, request)
    if officer is None:
        return _login_first(request)
    if danh_sach not in LISTS:
        return HTMLResponse("Không tìm thấy trang.", status_code=404)
    if not may_handle(officer):
        return _notice(ctx, request, officer, 403, NO_ROLE)
    answered = danh_sach == "da-tra-loi"
    wanted = ma_so.strip()
    items = [item for item in all_items(ctx) if reaches(officer, item) and item.closed == answered
             and (not wanted or item.ma_so == wanted)]
    return _page(ctx, request, officer, "officer_list.html", title=LISTS[danh_sach], slug=danh_sach,
                 items=items[:50], ma_so=wanted, now=ctx.clock.now())
