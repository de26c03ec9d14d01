"""One citizen's way through the VNeID login pages, from the portal's request to the code sent back.

The browser holds the flow in a cookie (like Keycloak's login session); each page checks that the flow
has reached its step, so nobody skips the password or the login code by typing a URL.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from starlette.requests import Request

from sandbox.context import SandboxContext
from sandbox.identity.sessions import digest, new_token

FLOW_COOKIE = "vneid_dang_nhap"
FLOW_LIFETIME = timedelta(minutes=30)


class Step(StrEnum):
    ACCOUNT_TYPE = "loai_tai_khoan"
    PASSWORD = "mat_khau"
    LOGIN_CODE = "ma_xac_nhan"
    CONSENT = "dong_y"


@dataclass(frozen=True)
class LoginFlow:
    id: str
    client_id: str
    redirect_uri: str
    state: str
    step: Step
    so_dinh_danh: str | None


def start_flow(ctx: SandboxContext, client_id: str, redirect_uri: str, state: str) -> str:
    """Returns the cookie value; the table keeps only its digest."""
    token = new_token()
    with ctx.store.transaction() as db:
        db.execute("INSERT INTO vneid_login_flows VALUES (?, ?, ?, ?, ?, NULL, ?)",
                   (digest(token), client_id, redirect_uri, state, Step.ACCOUNT_TYPE, ctx.clock.now().isoformat()))
    return token


def current_flow(ctx: SandboxContext, request: Request) -> LoginFlow | None:
    token = request.cookies.get(FLOW_COOKIE)
    if not token:
        return None
    row = ctx.store.one("SELECT * FROM vneid_login_flows WHERE id = ?", (digest(token),))
    if row is None or ctx.clock.now() - datetime.fromisoformat(row["started_at"]) > FLOW_LIFETIME:
        return None
    return LoginFlow(row["id"], row["client_id"], row["redirect_uri"], row["state"], Step(row["step"]),
                     row["so_dinh_danh"])


def move_to(ctx: SandboxContext, flow: LoginFlow, step: Step, so_dinh_danh: str | None = None) -> None:
    with ctx.store.transaction() as db:
        db.execute("UPDATE vneid_login_flows SET step = ?, so_dinh_danh = COALESCE(?, so_dinh_danh) WHERE id = ?",
                   (step, so_dinh_danh, flow.id))


def end_flow(ctx: SandboxContext, flow: LoginFlow) -> None:
    with ctx.store.transaction() as db:
        db.execute("DELETE FROM vneid_login_flows WHERE id = ?", (flow.id,))
