"""Who may open an administration page: a logged-in officer whose roles open its menu entry (sandbox/motcua/menu.py,
the one table of who opens what), checked on every request, GET and POST alike."""

from fastapi import Request
from fastapi.responses import Response

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.motcua.menu import find_entry
from sandbox.motcua.rendering import forbidden, login_first
from sandbox.motcua.sessions import current_officer


def officer_for_entry(ctx: SandboxContext, request: Request, entry: tuple[str, str]) -> Officer | Response:
    """The officer when their roles open this entry; else the way to the login page or the refusal."""
    officer = current_officer(ctx, request)
    if officer is None:
        return login_first(request)
    group, _ = find_entry(*entry)
    return officer if group.roles & officer.roles else forbidden(ctx, request, officer)
