"""The national sync adapter over HTTP: `POST /dongbo/auth` and `POST /dongbo/api` (DOMAIN §3.6).

Answers are always HTTP 200 with `{error_code, message, …}`, as the adapter answers; "0" is success.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Body

from sandbox.context import Ctx
from sandbox.dongbo.national_api import NationalSyncApi

router = APIRouter(prefix="/dongbo", tags=["dongbo"])


@router.post("/auth")
def authenticate(body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    return NationalSyncApi(ctx).authenticate(body)


@router.post("/api")
def call_service(body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    return NationalSyncApi(ctx).call(body)
