"""VNeID login pages (`/vneid/auth…`), OIDC authorization-code style, as the portal's "Đăng nhập" reaches them.

Order (DOMAIN §1.5): account type, then Số định danh cá nhân + Mật khẩu, then the dialog "Nhập mã xác nhận
đăng nhập", then, the first time only, the consent dialog; finally back to `<portal>/sso?code=…&state=…`.
"""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.identity.accounts import citizen_password_hash
from sandbox.identity.lockout import VNEID, check_password, refusal_message
from sandbox.identity.validation import so_dinh_danh_problems
from sandbox.templating import templates
from sandbox.vneid import consent, login_codes, tokens
from sandbox.vneid.clients import redirect_allowed
from sandbox.vneid.flows import FLOW_COOKIE, LoginFlow, Step, current_flow, end_flow, move_to, start_flow
from sandbox.vneid.tables import DDL as DDL

router = APIRouter(prefix="/vneid", include_in_schema=False)

STEP_PAGES = {
    Step.ACCOUNT_TYPE: "/vneid/auth/loai-tai-khoan",
    Step.PASSWORD: "/vneid/auth/dang-nhap",
    Step.LOGIN_CODE: "/vneid/auth/ma-xac-nhan",
    Step.CONSENT: "/vneid/auth/dong-y",
}
ORGANISATION_REFUSAL = ("Tài khoản dành cho Tổ chức chưa được hỗ trợ để nộp hồ sơ trên Cổng Dịch vụ công quốc gia "
                        "(môi trường thử nghiệm). Vui lòng chọn tài khoản dành cho Công dân.")
CONSENT_DECLINED = "Công dân không đồng ý chia sẻ thông tin."


def _page(request: Request, name: str, status: int = 200, **context: object) -> HTMLResponse:
    return templates.TemplateResponse(request, f"vneid/{name}", context, status_code=status)


def _code_dialog(ctx: SandboxContext, request: Request, flow: LoginFlow, status: int = 200,
                 **context: object) -> HTMLResponse:
    return _page(request, "login_code.html", status, so_dinh_danh=flow.so_dinh_danh,
                 ttl_seconds=ctx.settings.otp_ttl_seconds, **context)


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _at_step(ctx: SandboxContext, request: Request, *steps: Step) -> LoginFlow | Response:
    """The flow of this browser if it stands at one of `steps`; otherwise the page to go to instead."""
    flow = current_flow(ctx, request)
    if flow is None:
        return _page(request, "expired.html", status=400)
    if flow.step not in steps:
        return _see_other(STEP_PAGES[flow.step])
    return flow


def _back_to_portal(flow: LoginFlow, **params: str) -> RedirectResponse:
    response = _see_other(f"{flow.redirect_uri}?{urlencode({**params, 'state': flow.state})}")
    response.delete_cookie(FLOW_COOKIE, path="/vneid")
    return response


def _finish(ctx: SandboxContext, flow: LoginFlow) -> RedirectResponse:
    code = tokens.issue_code(ctx, flow.so_dinh_danh, flow.client_id, flow.redirect_uri)
    end_flow(ctx, flow)
    return _back_to_portal(flow, code=code)


@router.get("/auth")
def authorize(request: Request, ctx: Ctx, client_id: str = "", redirect_uri: str = "", response_type: str = "",
              scope: str = "", state: str = "") -> Response:
    if not redirect_allowed(client_id, redirect_uri, request.url.netloc):
        return _page(request, "invalid_request.html", status=400)
    if response_type != "code" or "openid" not in scope.split():
        return _see_other(f"{redirect_uri}?{urlencode({'error': 'invalid_request', 'state': state})}")
    response = _page(request, "account_type.html")
    response.set_cookie(FLOW_COOKIE, start_flow(ctx, client_id, redirect_uri, state), path="/vneid",
                        httponly=True, samesite="lax")
    return response


@router.get("/auth/loai-tai-khoan")
def account_type_page(request: Request, ctx: Ctx) -> Response:
    found = _at_step(ctx, request, *Step)
    return found if isinstance(found, Response) else _page(request, "account_type.html")


@router.post("/auth/loai-tai-khoan")
def choose_account_type(request: Request, ctx: Ctx, loai_tai_khoan: Annotated[str, Form()] = "") -> Response:
    found = _at_step(ctx, request, *Step)
    if isinstance(found, Response):
        return found
    if loai_tai_khoan != "cong_dan":
        return _page(request, "account_type.html", status=422, error=ORGANISATION_REFUSAL)
    move_to(ctx, found, Step.PASSWORD)
    return _see_other(STEP_PAGES[Step.PASSWORD])


@router.get("/auth/dang-nhap")
def password_page(request: Request, ctx: Ctx) -> Response:
    found = _at_step(ctx, request, Step.PASSWORD)
    return found if isinstance(found, Response) else _page(request, "password.html")


@router.post("/auth/dang-nhap")
def submit_password(request: Request, ctx: Ctx, so_dinh_danh: Annotated[str, Form()] = "",
                    mat_khau: Annotated[str, Form()] = "") -> Response:
    found = _at_step(ctx, request, Step.PASSWORD)
    if isinstance(found, Response):
        return found
    number = so_dinh_danh.strip()
    field_errors = {}
    if problems := so_dinh_danh_problems(number):
        field_errors["so_dinh_danh"] = problems[0]
    if not mat_khau:
        field_errors["mat_khau"] = "Vui lòng nhập mật khẩu."
    if field_errors:
        return _page(request, "password.html", status=422, so_dinh_danh=number, field_errors=field_errors)
    check = check_password(ctx, VNEID, number, citizen_password_hash(ctx, number), mat_khau)
    if not check.accepted:
        return _page(request, "password.html", status=423 if check.locked_until else 401, so_dinh_danh=number,
                     error=refusal_message(check, "Số định danh cá nhân"))
    login_codes.issue_code(ctx, found, number)
    move_to(ctx, found, Step.LOGIN_CODE, so_dinh_danh=number)
    return _see_other(STEP_PAGES[Step.LOGIN_CODE])


@router.get("/auth/ma-xac-nhan")
def login_code_dialog(request: Request, ctx: Ctx, gui_lai: bool = False) -> Response:
    found = _at_step(ctx, request, Step.LOGIN_CODE)
    if isinstance(found, Response):
        return found
    notice = "Đã gửi mã xác nhận mới tới ứng dụng VNeID." if gui_lai else ""
    return _code_dialog(ctx, request, found, notice=notice)


@router.post("/auth/ma-xac-nhan")
def submit_login_code(request: Request, ctx: Ctx, ma_xac_nhan: Annotated[str, Form()] = "") -> Response:
    found = _at_step(ctx, request, Step.LOGIN_CODE)
    if isinstance(found, Response):
        return found
    typed = ma_xac_nhan.strip()
    if not (len(typed) == 6 and typed.isascii() and typed.isdigit()):
        return _code_dialog(ctx, request, found, 422, code_error="Mã xác nhận gồm 6 chữ số.")
    outcome = login_codes.check_code(ctx, found, typed)
    if outcome is not login_codes.CodeCheck.ACCEPTED:
        return _code_dialog(ctx, request, found, 422, code_error=login_codes.MESSAGES[outcome])
    if consent.has_consented(ctx, found.so_dinh_danh, found.client_id):
        return _finish(ctx, found)
    move_to(ctx, found, Step.CONSENT)
    return _see_other(STEP_PAGES[Step.CONSENT])


@router.post("/auth/gui-lai-ma")
def resend_login_code(request: Request, ctx: Ctx) -> Response:
    found = _at_step(ctx, request, Step.LOGIN_CODE)
    if isinstance(found, Response):
        return found
    login_codes.issue_code(ctx, found, found.so_dinh_danh)
    return _see_other(f"{STEP_PAGES[Step.LOGIN_CODE]}?gui_lai=true")


@router.get("/auth/dong-y")
def consent_dialog(request: Request, ctx: Ctx) -> Response:
    found = _at_step(ctx, request, Step.CONSENT)
    return found if isinstance(found, Response) else _page(request, "consent.html",
                                                          statement=consent.CONSENT_STATEMENT)


@router.post("/auth/dong-y")
def submit_consent(request: Request, ctx: Ctx, quyet_dinh: Annotated[str, Form()] = "",
                   dong_y: Annotated[str, Form()] = "") -> Response:
    found = _at_step(ctx, request, Step.CONSENT)
    if isinstance(found, Response):
        return found
    if quyet_dinh != "chia_se":
        end_flow(ctx, found)
        return _back_to_portal(found, error="access_denied", error_description=CONSENT_DECLINED)
    if dong_y != "co":
        return _page(request, "consent.html", status=422, statement=consent.CONSENT_STATEMENT,
                     error="Vui lòng đánh dấu xác nhận đã đọc và đồng ý trước khi chia sẻ thông tin.")
    consent.record_consent(ctx, found.so_dinh_danh, found.client_id)
    return _finish(ctx, found)


@router.get("/auth/qr")
def qr_method(request: Request, ctx: Ctx) -> Response:
    found = _at_step(ctx, request, Step.PASSWORD)
    return found if isinstance(found, Response) else _page(request, "qr.html")
