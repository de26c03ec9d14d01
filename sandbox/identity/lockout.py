"""Password checks with a lock-out: after `max_failed_logins` wrong passwords the account rests for
`lockout_minutes` (both from the settings), counted on the sandbox clock so a test can move past it.

Failures are counted per login id, whether or not an account has it, so the answers to a wrong password
and to an unknown id are the same and nobody can find out which ids exist.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sandbox.context import SandboxContext
from sandbox.identity.passwords import spend_check_time, verify_password

DDL = """
CREATE TABLE IF NOT EXISTS login_attempts (
    realm TEXT NOT NULL,
    login_id TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    PRIMARY KEY (realm, login_id)
);
"""

# Realms keep VNeID and the one-stop apart: a citizen's number and an officer's username never share a counter.
VNEID = "vneid"
MOTCUA = "motcua"


@dataclass(frozen=True)
class PasswordCheck:
    accepted: bool
    remaining_attempts: int = 0
    locked_until: datetime | None = None


def check_password(ctx: SandboxContext, realm: str, login_id: str, stored_hash: str | None,
                   password: str) -> PasswordCheck:
    now = ctx.clock.now()
    failed, locked_until = _attempts(ctx, realm, login_id)
    if locked_until is not None:
        if now < locked_until:
            return PasswordCheck(False, 0, locked_until)
        failed = 0
    if stored_hash is None:
        spend_check_time(password)
    elif verify_password(password, stored_hash):
        _save(ctx, realm, login_id, 0, None)
        return PasswordCheck(True)
    failed += 1
    limit = ctx.settings.max_failed_logins
    if failed >= limit:
        locked_until = now + timedelta(minutes=ctx.settings.lockout_minutes)
        _save(ctx, realm, login_id, failed, locked_until)
        return PasswordCheck(False, 0, locked_until)
    _save(ctx, realm, login_id, failed, None)
    return PasswordCheck(False, limit - failed)


def locked_message(locked_until: datetime) -> str:
    # Shown to the minute, rounded up, so trying again at the time shown always works.
    shown = locked_until + timedelta(minutes=1) if locked_until.second or locked_until.microsecond else locked_until
    return f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {shown:%H:%M}."


def refusal_message(check: PasswordCheck, id_label: str) -> str:
    """What the login form says after a refused password; `id_label` names the id field of that form."""
    if check.locked_until is not None:
        return locked_message(check.locked_until)
    return f"{id_label} hoặc mật khẩu không đúng. Bạn còn {check.remaining_attempts} lần thử."


def _attempts(ctx: SandboxContext, realm: str, login_id: str) -> tuple[int, datetime | None]:
    row = ctx.store.one("SELECT failed_attempts, locked_until FROM login_attempts WHERE realm = ? AND login_id = ?",
                        (realm, login_id))
    if row is None:
        return 0, None
    locked = datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else None
    return row["failed_attempts"], locked


def _save(ctx: SandboxContext, realm: str, login_id: str, failed: int, locked_until: datetime | None) -> None:
    with ctx.store.transaction() as db:
        db.execute(
            "INSERT INTO login_attempts (realm, login_id, failed_attempts, locked_until) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (realm, login_id) DO UPDATE SET failed_attempts = excluded.failed_attempts, "
            "locked_until = excluded.locked_until",
            (realm, login_id, failed, locked_until.isoformat() if locked_until else None),
        )
