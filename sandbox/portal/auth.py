"""Who is logged in to the portal: the citizen of the session cookie, with the claims VNeID gave at login."""

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from sandbox.context import SandboxContext, get_context
from sandbox.identity.sessions import close_session, open_session, read_session

SESSION_COOKIE = "dvc_phien"
REALM = "portal"
COOKIE_PATH = "/"


@dataclass(frozen=True)
class PortalCitizen:
    """The logged-in citizen as the portal knows them: nothing but the VNeID UserInfo claims."""

    so_dinh_danh: str
    ho_va_ten: str
    ngay_sinh: str  # dd/MM/yyyy, as VNeID sends it
    gioi_tinh: str
    so_dien_thoai: str
    email: str
    thuong_tru: str
    noi_o_hien_nay: str
    level: int

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> "PortalCitizen":
        return cls(
            so_dinh_danh=claims["SoDinhDanh"], ho_va_ten=claims["HoVaTen"], ngay_sinh=claims["NgayThangNamSinh"],
            gioi_tinh=claims["GioiTinh"], so_dien_thoai=claims["SoDienThoai"], email=claims["ThuDienTu"],
            thuong_tru=claims["ThuongTru"], noi_o_hien_nay=claims["NoiOHienNay"], level=int(claims["loAs"]),
        )


def current_citizen(request: Request) -> PortalCitizen | None:
    found = read_session(get_context(request), REALM, request.cookies.get(SESSION_COOKIE))
    return PortalCitizen.from_claims(found[1]) if found else None


def header_context(request: Request) -> dict:
    """Template variables for the header: the logged-in citizen, if any."""
    return {"citizen": current_citizen(request)}


def session_token(ctx: SandboxContext, claims: dict[str, Any]) -> str:
    return open_session(ctx, REALM, claims["SoDinhDanh"], claims)


def start_session(ctx: SandboxContext, response: Response, claims: dict[str, Any]) -> None:
    response.set_cookie(SESSION_COOKIE, session_token(ctx, claims), path=COOKIE_PATH, httponly=True,
                        samesite="lax")


def end_session(ctx: SandboxContext, request: Request, response: Response) -> None:
    close_session(ctx, REALM, request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
