"""The citizen's VNeID app as the sandbox emulates it: `POST /vneid/ung-dung/ma-xac-nhan`.

On a real environment the tester reads the login code ("Nhập mã xác nhận đăng nhập") from the VNeID app of
the test account. The rehearsal (`--env=rehearsal`) treats the sandbox exactly as staging, so nothing may read
the code through the setup API: the tester's helper (scripts/vneid_app.py) asks this emulated app instead,
signed in with the account's own number and password, as the app on the tester's phone is.

Answers `{"ma_xac_nhan": "123456"}` with the account's latest live code; 401 for a wrong number or password
(not counted towards the web login's lock-out: the app is another device), 404 when no code is waiting.
"""

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException

from sandbox.context import Ctx
from sandbox.identity.accounts import citizen_password_hash
from sandbox.identity.passwords import spend_check_time, verify_password
from sandbox.vneid.login_codes import latest_live_code

router = APIRouter(prefix="/vneid/ung-dung", tags=["vneid-app"])
WRONG_ACCOUNT = "Số định danh cá nhân hoặc mật khẩu không đúng."
NO_CODE = "Chưa có yêu cầu đăng nhập nào cần mã xác nhận cho tài khoản này."


@router.post("/ma-xac-nhan")
def login_code_in_app(ctx: Ctx, so_dinh_danh: Annotated[str, Form()],
                      mat_khau: Annotated[str, Form()]) -> dict:
    stored = citizen_password_hash(ctx, so_dinh_danh.strip())
    if stored is None:
        spend_check_time(mat_khau)
        raise HTTPException(401, WRONG_ACCOUNT)
    if not verify_password(mat_khau, stored):
        raise HTTPException(401, WRONG_ACCOUNT)
    code = latest_live_code(ctx, so_dinh_danh.strip())
    if code is None:
        raise HTTPException(404, NO_CODE)
    return {"ma_xac_nhan": code}
