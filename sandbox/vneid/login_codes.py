"""The one-time code of the "Nhập mã xác nhận đăng nhập" step, as VNeID pushes it to the citizen's phone.

A code lives `otp_ttl_seconds` on the sandbox clock. Too many wrong tries void it; "Gửi lại mã" issues
a new one, and a new code voids the citizen's earlier ones, as the app shows only the latest. The setup
API reads that code in place of the phone.
"""

import secrets
from datetime import datetime, timedelta
from enum import Enum

from sandbox.context import SandboxContext
from sandbox.vneid.flows import LoginFlow


class CodeCheck(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    EXPIRED = "expired"
    VOIDED = "voided"


MESSAGES = {
    CodeCheck.WRONG: "Mã xác nhận không đúng. Vui lòng kiểm tra lại mã trên ứng dụng VNeID.",
    CodeCheck.EXPIRED: "Mã xác nhận đã hết hiệu lực. Bấm \"Gửi lại mã\" để nhận mã mới.",
    CodeCheck.VOIDED: "Mã xác nhận đã bị hủy do nhập sai nhiều lần. Bấm \"Gửi lại mã\" để nhận mã mới.",
}


def issue_code(ctx: SandboxContext, flow: LoginFlow, so_dinh_danh: str) -> None:
    now = ctx.clock.now()
    expires = now + timedelta(seconds=ctx.settings.otp_ttl_seconds)
    code = f"{secrets.randbelow(10**6):06d}"
    with ctx.store.transaction() as db:
        db.execute("DELETE FROM vneid_login_codes WHERE so_dinh_danh = ? OR flow_id = ?", (so_dinh_danh, flow.id))
        db.execute("INSERT INTO vneid_login_codes VALUES (?, ?, ?, 0, ?, ?)",
                   (flow.id, so_dinh_danh, code, now.isoformat(), expires.isoformat()))


def check_code(ctx: SandboxContext, flow: LoginFlow, typed: str) -> CodeCheck:
    row = ctx.store.one("SELECT code, wrong_attempts, expires_at FROM vneid_login_codes WHERE flow_id = ?", (flow.id,))
    if row is None:
        return CodeCheck.EXPIRED
    if row["wrong_attempts"] >= ctx.settings.max_failed_logins:
        return CodeCheck.VOIDED
    if ctx.clock.now() >= datetime.fromisoformat(row["expires_at"]):
        return CodeCheck.EXPIRED
    if secrets.compare_digest(typed.encode(), row["code"].encode()):
        with ctx.store.transaction() as db:
            db.execute("DELETE FROM vneid_login_codes WHERE flow_id = ?", (flow.id,))
        return CodeCheck.ACCEPTED
    with ctx.store.transaction() as db:
        db.execute("UPDATE vneid_login_codes SET wrong_attempts = wrong_attempts + 1 WHERE flow_id = ?", (flow.id,))
    return CodeCheck.WRONG


def latest_live_code(ctx: SandboxContext, so_dinh_danh: str) -> str | None:
    row = ctx.store.one("SELECT code, wrong_attempts, expires_at FROM vneid_login_codes WHERE so_dinh_danh = ?",
                        (so_dinh_danh,))
    if row is None or row["wrong_attempts"] >= ctx.settings.max_failed_logins:
        return None
    return row["code"] if ctx.clock.now() < datetime.fromisoformat(row["expires_at"]) else None
