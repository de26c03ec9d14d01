"""Quản trị › Tài khoản cán bộ: the unit administrator's list of the unit's officer accounts (Tài khoản, Họ và tên,
Đơn vị, Vai trò, Thủ tục được phân công, Trạng thái) and the page where an account's roles and procedure scope are
changed. Only QUAN_TRI_DON_VI opens them, and only for their own unit's accounts: the server checks both on every
request, whatever a page offers. The setup API of the accounts audit's example is gathered here too."""

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.identity.roles import ROLES
from sandbox.motcua.admin import accounts_setup_routes
from sandbox.motcua.admin.guard import officer_for_entry
from sandbox.motcua.admin.officer_accounts import (
    ADMINISTRATOR,
    Refused,
    change_account,
    change_problems,
    managed_account,
    unit_accounts,
    unit_procedures,
)
from sandbox.motcua.assignments import assigned_procedures
from sandbox.motcua.menu import find_entry
from sandbox.motcua.rendering import not_found, notice, page
from sandbox.units.routes import find_unit

LIST = "/motcua/quan-tri/tai-khoan-can-bo"
ALL_PROCEDURES = "Tất cả thủ tục của đơn vị"

pages = APIRouter(prefix=LIST, include_in_schema=False)


def _role_names(roles: frozenset[str]) -> str:
    return "; ".join(name for role, name in ROLES.items() if role in roles)


@pages.get("")
def account_list(request: Request, ctx: Ctx, da_luu: str = "") -> Response:
    found = officer_for_entry(ctx, request, ("quan-tri", "tai-khoan-can-bo"))
    if isinstance(found, Response):
        return found
    unit = find_unit(ctx, found.unit_code)
    rows = [{"username": line.officer.username, "ho_va_ten": line.officer.ho_va_ten,
             "don_vi": unit.name if unit else line.officer.unit_code, "vai_tro": _role_names(line.officer.roles),
             "thu_tuc": ", ".join(sorted(line.procedures)) if line.procedures else ALL_PROCEDURES,
             "trang_thai": line.status, "href": f"{LIST}/{quote(line.officer.username)}"}
            for line in unit_accounts(ctx, found.unit_code)]
    group, label = find_entry("quan-tri", "tai-khoan-can-bo")
    saved = f"Đã lưu phân quyền của tài khoản {da_luu}." if da_luu else ""
    return page(ctx, request, found, "admin_accounts.html", group=group, label=label, current=LIST, rows=rows,
                saved=saved)


def _edit_page(ctx: SandboxContext, request: Request, administrator: Officer, officer: Officer,
               roles: list[str], procedures: list[str], errors: dict[str, str], status: int = 200) -> Response:
    group, label = find_entry("quan-tri", "tai-khoan-can-bo")
    return page(ctx, request, administrator, "admin_account_edit.html", status=status, group=group, label=label,
                current=LIST, account=officer, roles=ROLES, chosen_roles=set(roles),
                procedures=unit_procedures(ctx, officer.unit_code), chosen_procedures=set(procedures),
                errors=errors, list_address=LIST)


def _refusal(ctx: SandboxContext, request: Request, administrator: Officer, refused: Refused) -> Response:
    if refused.status == 404:
        return not_found(ctx, request, administrator, str(refused))
    return notice(ctx, request, administrator, refused.status, "Không có quyền truy cập", str(refused))


def _administrator_and_account(ctx: SandboxContext, request: Request, username: str
                               ) -> tuple[Officer, Officer] | Response:
    """The administrator and the account of their unit the address names, or the page that says why not."""
    found = officer_for_entry(ctx, request, ("quan-tri", "tai-khoan-can-bo"))
    if isinstance(found, Response):
        return found
    try:
        return found, managed_account(ctx, found, username)
    except Refused as refused:
        return _refusal(ctx, request, found, refused)


@pages.get("/{username}")
def edit_account(username: str, request: Request, ctx: Ctx) -> Response:
    both = _administrator_and_account(ctx, request, username)
    if isinstance(both, Response):
        return both
    found, officer = both
    return _edit_page(ctx, request, found, officer, sorted(officer.roles),
                      sorted(assigned_procedures(ctx.store, officer.username) or []), {})


@pages.post("/{username}")
def save_account(username: str, request: Request, ctx: Ctx, vai_tro: Annotated[list[str], Form()] = [],  # noqa: B006
                 thu_tuc: Annotated[list[str], Form()] = []) -> Response:  # noqa: B006
    both = _administrator_and_account(ctx, request, username)
    if isinstance(both, Response):
        return both
    found, officer = both
    roles, procedures = [r.strip() for r in vai_tro if r.strip()], [p.strip() for p in thu_tuc if p.strip()]
    errors = change_problems(ctx, officer, roles, procedures)
    if officer.username == found.username and ADMINISTRATOR not in roles:
        errors.setdefault("vai_tro", "Không tự bỏ vai trò Quản trị đơn vị của chính mình: nhờ một quản trị khác.")
    if errors:
        return _edit_page(ctx, request, found, officer, roles, procedures, errors, status=422)
    change_account(ctx, officer, roles, procedures)
    return RedirectResponse(f"{LIST}?da_luu={quote(officer.username)}", status_code=303)


router = APIRouter()
router.include_router(pages)
router.include_router(accounts_setup_routes.router)
