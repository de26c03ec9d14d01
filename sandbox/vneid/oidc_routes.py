"""The OIDC back channel over HTTP: `POST /vneid/token` and `GET /vneid/userinfo` (bearer token).

Errors follow RFC 6749 §5.2 and RFC 6750 §3 (`invalid_grant`, `invalid_token`), as a Keycloak realm answers.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Header
from fastapi.responses import JSONResponse

from sandbox.context import Ctx
from sandbox.vneid import tokens

router = APIRouter(prefix="/vneid", tags=["vneid"])
INVALID_GRANT = "Mã ủy quyền không hợp lệ, đã dùng hoặc đã hết hạn."


@router.post("/token")
def token(ctx: Ctx, grant_type: Annotated[str, Form()] = "", code: Annotated[str, Form()] = "",
          redirect_uri: Annotated[str, Form()] = "", client_id: Annotated[str, Form()] = "") -> JSONResponse:
    if grant_type != "authorization_code":
        return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
    try:
        access_token = tokens.exchange_code(ctx, code, client_id, redirect_uri)
    except tokens.InvalidGrant:
        return JSONResponse({"error": "invalid_grant", "error_description": INVALID_GRANT}, status_code=400)
    return JSONResponse({"access_token": access_token, "token_type": "Bearer", "scope": "openid",
                         "expires_in": int(tokens.TOKEN_LIFETIME.total_seconds())},
                        headers={"Cache-Control": "no-store"})


@router.get("/userinfo")
def userinfo(ctx: Ctx, authorization: Annotated[str, Header()] = "") -> JSONResponse:
    scheme, _, access_token = authorization.partition(" ")
    claims = tokens.claims_for(ctx, access_token) if scheme.lower() == "bearer" else None
    if claims is None:
        return JSONResponse({"error": "invalid_token"}, status_code=401,
                            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return JSONResponse(claims)
