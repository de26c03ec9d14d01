"""Setup API: a logged-in session for an account, without its login pages (docs/sandbox-setup-api.md).

A scenario that only needs to *be* logged in reaches that through here, once per actor per run; the login pages
themselves are exercised by the scenarios of dang_nhap and by the staging rehearsal, which has no setup API."""

from typing import Literal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from sandbox.context import Ctx
from sandbox.identity.accounts import find_citizen, find_officer
from sandbox.motcua import sessions as motcua_sessions
from sandbox.portal import auth as portal_sessions
from sandbox.vneid.tokens import citizen_claims

router = APIRouter(prefix="/_setup", tags=["setup"])


class SessionWanted(BaseModel):
    system: Literal["portal", "motcua"]
    login: str


@router.post("/sessions", status_code=201)
def open_session_for(wanted: SessionWanted, ctx: Ctx) -> dict:
    if wanted.system == "portal":
        citizen = find_citizen(ctx, wanted.login)
        if citizen is None:
            raise HTTPException(404, f"Không có công dân số định danh {wanted.login}.")
        token = portal_sessions.session_token(ctx, citizen_claims(citizen))
        return {"name": portal_sessions.SESSION_COOKIE, "value": token, "path": portal_sessions.COOKIE_PATH}
    if find_officer(ctx, wanted.login) is None:
        raise HTTPException(404, f"Không có cán bộ tên đăng nhập {wanted.login}.")
    token = motcua_sessions.session_token(ctx, wanted.login)
    return {"name": motcua_sessions.SESSION_COOKIE, "value": token, "path": motcua_sessions.COOKIE_PATH}
