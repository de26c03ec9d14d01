"""Portal login through VNeID: `/dang-nhap` sends the citizen to VNeID, `/sso` takes the code back,
`/dang-xuat` ends the session.

The code is redeemed in-process through `sandbox.vneid.tokens` (the same functions `POST /vneid/token` and
`GET /vneid/userinfo` serve over HTTP): the portal and VNeID are one process here.
"""

from datetime import datetime, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.identity.sessions import new_token
from sandbox.portal.auth import current_citizen, end_session, start_session
from sandbox.portal.return_paths import safe_return_path
from sandbox.templating import templates
from sandbox.vneid import tokens
from sandbox.vneid.clients import PORTAL_CLIENT_ID

DDL = """
CREATE TABLE IF NOT EXISTS portal_login_requests (
    state TEXT PRIMARY KEY,
    return_to TEXT NOT NULL,
    started_at TEXT NOT NULL
);
"""

router = APIRouter(include_in_schema=False)

VNEID_AUTHORIZE = "/vneid/auth"
STATE_COOKIE = "dvc_dang_nhap"
REQUEST_LIFETIME = timedelta(minutes=30)
CONSENT_DECLINED = ("Bạn chưa đồng ý chia sẻ thông tin từ tài khoản định danh điện tử nên chưa đăng nhập được "
                    "Cổng Dịch vụ công quốc gia.")
LOGIN_FAILED = "Đăng nhập không thành công hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."


def _callback_url(request: Request) -> str:
    return f"{request.base_url}sso"


def _take_return_path(ctx: SandboxContext, request: Request, state: str) -> str | None:
    """The page to return to, if `state` is this browser's pending login; the request is used up either way."""
    if not state or state != request.cookies.get(STATE_COOKIE):
        return None
    with ctx.store.transaction() as db:
        row = db.execute("SELECT return_to, started_at FROM portal_login_requests WHERE state = ?", (state,)).fetchone()
        db.execute("DELETE FROM portal_login_requests WHERE state = ?", (state,))
    if row is None or ctx.clock.now() - datetime.fromisoformat(row["started_at"]) > REQUEST_LIFETIME:
        return None
    return row["return_to"]


def _login_outcome(request: Request, message: str, status: int) -> HTMLResponse:
    context = {"heading": "Đăng nhập", "message": message, "retry_login": True, "login_next": "/"}
    response = templates.TemplateResponse(request, "portal/notice.html", context, status_code=status)
    response.delete_cookie(STATE_COOKIE, path="/")
    return response


@router.get("/dang-nhap")
def log_in(request: Request, ctx: Ctx, next: str = "/") -> RedirectResponse:
    return_to = safe_return_path(next)
    if current_citizen(request) is not None:
        return RedirectResponse(return_to, status_code=303)
    state = new_token()
    with ctx.store.transaction() as db:
        db.execute("INSERT INTO portal_login_requests VALUES (?, ?, ?)",
                   (state, return_to, ctx.clock.now().isoformat()))
    query = urlencode({"response_type": "code", "client_id": PORTAL_CLIENT_ID,
                       "redirect_uri": _callback_url(request), "scope": "openid", "state": state})
    response = RedirectResponse(f"{VNEID_AUTHORIZE}?{query}", status_code=303)
    response.set_cookie(STATE_COOKIE, state, path="/", httponly=True, samesite="lax")
    return response


@router.get("/sso")
def sso_callback(request: Request, ctx: Ctx, state: str = "", code: str = "", error: str = "") -> Response:
    return_to = _take_return_path(ctx, request, state)
    if return_to is None:
        return _login_outcome(request, LOGIN_FAILED, 400)
    if error == "access_denied":
        return _login_outcome(request, CONSENT_DECLINED, 403)
    try:
        claims = tokens.claims_for(ctx, tokens.exchange_code(ctx, code, PORTAL_CLIENT_ID, _callback_url(request)))
    except tokens.InvalidGrant:
        claims = None
    if claims is None:
        return _login_outcome(request, LOGIN_FAILED, 400)
    response = RedirectResponse(return_to, status_code=303)
    response.delete_cookie(STATE_COOKIE, path="/")
    start_session(ctx, response, claims)
    return response


@router.post("/dang-xuat")
def log_out(request: Request, ctx: Ctx) -> RedirectResponse:
    response = RedirectResponse("/", status_code=303)
    end_session(ctx, request, response)
    return response
