"""How every back-office page is rendered: the layout's officer, unit and role menu, the notice page, and the
way to the login page for a visitor without a session."""

from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.identity.roles import ROLES
from sandbox.motcua.menu import menu_for
from sandbox.templating import templates
from sandbox.units.routes import find_unit

FORBIDDEN = "Bạn không có quyền truy cập chức năng này."


def page(ctx: SandboxContext, request: Request, officer: Officer, name: str, status: int = 200,
         **context: object) -> HTMLResponse:
    unit = find_unit(ctx, officer.unit_code)
    return templates.TemplateResponse(
        request, f"motcua/{name}",
        {"officer": officer, "unit_name": unit.name if unit else officer.unit_code,
         "role_names": [ROLES[role] for role in sorted(officer.roles) if role in ROLES],
         "menu": menu_for(officer.roles), **context},
        status_code=status,
    )


def notice(ctx: SandboxContext, request: Request, officer: Officer, status: int, heading: str,
           message: str) -> HTMLResponse:
    return page(ctx, request, officer, "notice.html", status=status, heading=heading, message=message)


def forbidden(ctx: SandboxContext, request: Request, officer: Officer, message: str = FORBIDDEN) -> HTMLResponse:
    return notice(ctx, request, officer, 403, "Không có quyền truy cập", message)


def not_found(ctx: SandboxContext, request: Request, officer: Officer, message: str) -> HTMLResponse:
    return notice(ctx, request, officer, 404, "Không tìm thấy trang", message)


def login_first(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/motcua/dang-nhap?{urlencode({'next': request.url.path})}", status_code=303)
