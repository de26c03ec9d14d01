"""The one-stop back office (HT Một cửa điện tử): officer login with lock-out, the home page with the side
menu of the officer's roles, one page per menu entry (403 outside the roles), and logout.

Queue pages say "Chưa có hồ sơ." until the dossier queues are built on them.
"""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.identity.accounts import Officer, officer_password_hash
from sandbox.identity.lockout import MOTCUA, check_password, refusal_message
from sandbox.identity.roles import ROLES
from sandbox.motcua.menu import find_entry, menu_for
from sandbox.motcua.sessions import current_officer, end_session, start_session
from sandbox.templating import templates
from sandbox.units.routes import find_unit

router = APIRouter(prefix="/motcua", include_in_schema=False)

HOME = "/motcua/"
FORBIDDEN = "Bạn không có quyền truy cập chức năng này."


def _safe_next(candidate: str) -> str:
    return candidate if candidate.startswith(HOME) and "//" not in candidate and "\\" not in candidate else HOME


def _page(ctx: SandboxContext, request: Request, officer: Officer, name: str, status: int = 200,
          **context: object) -> HTMLResponse:
    unit = find_unit(ctx, officer.unit_code)
    return templates.TemplateResponse(
        request, f"motcua/{name}",
        {"officer": officer, "unit_name": unit.name if unit else officer.unit_code,
         "role_names": [ROLES[role] for role in sorted(officer.roles) if role in ROLES],
         "menu": menu_for(officer.roles), **context},
        status_code=status,
    )


def _login_first(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/motcua/dang-nhap?{urlencode({'next': request.url.path})}", status_code=303)


@router.get("/dang-nhap")
def login_page(request: Request, ctx: Ctx, next: str = HOME) -> Response:
    if current_officer(ctx, request) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return templates.TemplateResponse(request, "motcua/login.html", {"next": _safe_next(next)})


@router.post("/dang-nhap")
def log_in(request: Request, ctx: Ctx, ten_dang_nhap: Annotated[str, Form()] = "",
           mat_khau: Annotated[str, Form()] = "", next: Annotated[str, Form()] = HOME) -> Response:
    username = ten_dang_nhap.strip()
    field_errors = {}
    if not username:
        field_errors["ten_dang_nhap"] = "Vui lòng nhập tên đăng nhập."
    if not mat_khau:
        field_errors["mat_khau"] = "Vui lòng nhập mật khẩu."
    context = {"next": _safe_next(next), "ten_dang_nhap": username, "field_errors": field_errors}
    if field_errors:
        return templates.TemplateResponse(request, "motcua/login.html", context, status_code=422)
    check = check_password(ctx, MOTCUA, username, officer_password_hash(ctx, username), mat_khau)
    if not check.accepted:
        return templates.TemplateResponse(request, "motcua/login.html",
                                          {**context, "error": refusal_message(check, "Tên đăng nhập")},
                                          status_code=423 if check.locked_until else 401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    start_session(ctx, response, username)
    return response


@router.get("/")
def home(request: Request, ctx: Ctx) -> Response:
    officer = current_officer(ctx, request)
    if officer is None:
        return _login_first(request)
    return _page(ctx, request, officer, "home.html")


@router.get("/{group_slug}/{item_slug}")
def menu_entry(group_slug: str, item_slug: str, request: Request, ctx: Ctx) -> Response:
    officer = current_officer(ctx, request)
    if officer is None:
        return _login_first(request)
    entry = find_entry(group_slug, item_slug)
    if entry is None:
        return _page(ctx, request, officer, "notice.html", status=404, heading="Không tìm thấy trang",
                     message="Không có chức năng này trong hệ thống Một cửa điện tử.")
    group, label = entry
    if not group.roles & officer.roles:
        return _page(ctx, request, officer, "notice.html", status=403, heading="Không có quyền truy cập",
                     message=FORBIDDEN)
    return _page(ctx, request, officer, "menu_entry.html", group=group, label=label, current=request.url.path)


@router.post("/dang-xuat")
def log_out(request: Request, ctx: Ctx) -> RedirectResponse:
    response = RedirectResponse("/motcua/dang-nhap", status_code=303)
    end_session(ctx, request, response)
    return response
