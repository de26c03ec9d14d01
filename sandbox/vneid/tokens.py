"""The OIDC back channel: authorization codes, access tokens and the UserInfo claims.

The sandbox portal redeems codes by calling `exchange_code` and `claims_for` directly (one process);
`POST /vneid/token` and `GET /vneid/userinfo` expose the same functions over HTTP.
"""

from datetime import datetime, timedelta

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Citizen, find_citizen
from sandbox.identity.sessions import digest, new_token

CODE_LIFETIME = timedelta(seconds=60)
TOKEN_LIFETIME = timedelta(minutes=5)
ACCOUNT_TYPE_CITIZEN = 1  # LoaiTaiKhoan: 1 công dân, 2 doanh nghiệp, 3 tổ chức


class InvalidGrant(Exception):
    """The code is unknown, used, expired, or was issued to another client or callback."""


def issue_code(ctx: SandboxContext, so_dinh_danh: str, client_id: str, redirect_uri: str) -> str:
    code = new_token()
    with ctx.store.transaction() as db:
        db.execute("INSERT INTO vneid_authorization_codes VALUES (?, ?, ?, ?, ?)",
                   (digest(code), so_dinh_danh, client_id, redirect_uri,
                    (ctx.clock.now() + CODE_LIFETIME).isoformat()))
    return code


def exchange_code(ctx: SandboxContext, code: str, client_id: str, redirect_uri: str) -> str:
    """One use only: the code is deleted whether or not it is accepted. Returns an access token."""
    with ctx.store.transaction() as db:
        row = db.execute("SELECT * FROM vneid_authorization_codes WHERE code_digest = ?", (digest(code),)).fetchone()
        db.execute("DELETE FROM vneid_authorization_codes WHERE code_digest = ?", (digest(code),))
    if (row is None or row["client_id"] != client_id or row["redirect_uri"] != redirect_uri
            or ctx.clock.now() >= datetime.fromisoformat(row["expires_at"])):
        raise InvalidGrant
    token = new_token()
    with ctx.store.transaction() as db:
        db.execute("INSERT INTO vneid_access_tokens VALUES (?, ?, ?)",
                   (digest(token), row["so_dinh_danh"], (ctx.clock.now() + TOKEN_LIFETIME).isoformat()))
    return token


def claims_for(ctx: SandboxContext, access_token: str) -> dict | None:
    """UserInfo claims named as the DVCQG SSO names them (DOMAIN §1.5), or None for a dead token."""
    row = ctx.store.one("SELECT so_dinh_danh, expires_at FROM vneid_access_tokens WHERE token_digest = ?",
                        (digest(access_token),))
    if row is None or ctx.clock.now() >= datetime.fromisoformat(row["expires_at"]):
        return None
    citizen = find_citizen(ctx, row["so_dinh_danh"])
    return None if citizen is None else citizen_claims(citizen)


def citizen_claims(citizen: Citizen) -> dict:
    return {
        "sub": citizen.so_dinh_danh,
        "LoaiTaiKhoan": ACCOUNT_TYPE_CITIZEN,
        "SoDinhDanh": citizen.so_dinh_danh,
        "HoVaTen": citizen.ho_va_ten,
        "NgayThangNamSinh": citizen.ngay_sinh.strftime("%d/%m/%Y"),
        "GioiTinh": citizen.gioi_tinh,
        "SoDienThoai": citizen.so_dien_thoai,
        "ThuDienTu": citizen.email,
        "ThuongTru": citizen.thuong_tru,
        "NoiOHienNay": citizen.noi_o_hien_nay,
        "loAs": citizen.level,
    }
