"""Who may open an administration page: a logged-in officer whose roles open its menu entry (sandbox/motcua/menu.py,
the one table of who opens what), checked on every request, GET and POST alike.

The fault `motcua.quan_tri_khong_chan` drops that check while the menu still hides the entries: the server-side
hole an accounts audit must find by asking the server, not by reading the menu (docs/sandbox-faults.md)."""

from fastapi import Request
from fastapi.responses import Response

from sandbox.context import SandboxContext
from sandbox.faults import FaultSwitches
from sandbox.identity.accounts import Officer
from sandbox.motcua.menu import find_entry
from sandbox.motcua.rendering import forbidden, login_first
from sandbox.motcua.sessions import current_officer

GUARD_DOWN = "motcua.quan_tri_khong_chan"


def declare_faults(faults: FaultSwitches) -> None:
    faults.declare(GUARD_DOWN, "Máy chủ không kiểm tra vai trò ở các trang Quản trị, Quản trị Cổng DVC: mọi cán bộ "
                               "mở được, dù thực đơn vẫn ẩn các mục đó.")


def officer_for_entry(ctx: SandboxContext, request: Request, entry: tuple[str, str]) -> Officer | Response:
    """The officer when their roles open this entry; else the way to the login page or the refusal."""
    officer = current_officer(ctx, request)
    if officer is None:
        return login_first(request)
    group, _ = find_entry(*entry)
    if group.roles & officer.roles or ctx.faults.is_on(GUARD_DOWN):
        return officer
    return forbidden(ctx, request, officer)
