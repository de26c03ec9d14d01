"""Who is logged in to the back office: the officer of the `motcua_phien` cookie, roles read afresh each time."""

from starlette.requests import Request
from starlette.responses import Response

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer, find_officer
from sandbox.identity.sessions import close_session, open_session, read_session

SESSION_COOKIE = "motcua_phien"
REALM = "motcua"
COOKIE_PATH = "/motcua"


def current_officer(ctx: SandboxContext, request: Request) -> Officer | None:
    found = read_session(ctx, REALM, request.cookies.get(SESSION_COOKIE))
    return find_officer(ctx, found[0]) if found else None


def session_token(ctx: SandboxContext, username: str) -> str:
    return open_session(ctx, REALM, username, {})


def start_session(ctx: SandboxContext, response: Response, username: str) -> None:
    response.set_cookie(SESSION_COOKIE, session_token(ctx, username), path=COOKIE_PATH, httponly=True,
                        samesite="lax")


def end_session(ctx: SandboxContext, request: Request, response: Response) -> None:
    close_session(ctx, REALM, request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
