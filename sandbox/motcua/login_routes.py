"""Officer login to the back office (with lock-out), the home page with the role menu, and logout."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.identity.accounts import officer_password_hash
from sandbox.identity.lockout import MOTCUA, check_password, refusal_message
from sandbox.motcua.rendering import login_first, page
from sandbox.motcua.sessions import current_officer, end_session, start_session
from sandbox.templating import templates

router = APIRouter(prefix="/motcua", include_in_schema=False)

HOME = "/motcua/"


def _safe_next(candidate: str) -> str:
    return candidate if candidate.startswith(HOME) and "//" not in candidate and "\\" not in candidate else HOME


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
        return login_first(request)
    return page(ctx, request, officer, "home.html")


@router.post("/dang-xuat")
def log_out(request: Request, ctx: Ctx) -> RedirectResponse:
    response = RedirectResponse("/motcua/dang-nhap", status_code=303)
    end_session(ctx, request, response)
    return response
