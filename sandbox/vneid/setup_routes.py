"""Setup API standing in for the citizen's phone: `GET /_setup/vneid/otp/{so_dinh_danh}`.

Answers `{"code": "123456"}` with the latest live login code, or 404 when there is none (no password
step passed yet, the code expired, was used, or was voided by wrong tries).
"""

from fastapi import APIRouter, HTTPException

from sandbox.context import Ctx
from sandbox.vneid.login_codes import latest_live_code

router = APIRouter(prefix="/_setup/vneid", tags=["setup"])


@router.get("/otp/{so_dinh_danh}")
def latest_login_code(so_dinh_danh: str, ctx: Ctx) -> dict:
    code = latest_live_code(ctx, so_dinh_danh)
    if code is None:
        raise HTTPException(404, f"Không có mã xác nhận đăng nhập còn hiệu lực cho số định danh {so_dinh_danh}.")
    return {"code": code}
