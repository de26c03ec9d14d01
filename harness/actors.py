"""The people who log in during a run: citizens (VNeID) and officers (one-stop back office)."""

import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from harness.config import ActorSpec
from harness.errors import HarnessError


@dataclass(frozen=True)
class Account:
    """Who an actor is and how they log in. `password` is a secret: never print or attach it."""

    actor: str
    kind: str
    login_id: str  # số định danh cá nhân for citizens, tên đăng nhập for officers
    password: str
    display_name: str = ""
    level: int | None = None
    unit: str | None = None  # the unit's name, a key of the environment's [units]

    def __repr__(self) -> str:
        return f"Account(actor={self.actor!r}, kind={self.kind!r}, login_id={self.login_id!r}, password=[CENSORED])"


def account_from_environment(spec: ActorSpec, environ: Mapping[str, str]) -> Account:
    """Credentials of a real environment come only from variables (or a git-ignored .env)."""
    missing = [var for var in (spec.id_env, spec.password_env) if not var or not environ.get(var)]
    if missing:
        names = ", ".join(var or f"<{spec.name}.id_env/password_env>" for var in missing)
        raise HarnessError(
            f"Thiếu thông tin đăng nhập của '{spec.name}' (biến {names}): đặt các biến này trong môi trường "
            f"hoặc tệp .env ở thư mục dự án, rồi chạy lại."
        )
    return Account(
        actor=spec.name,
        kind=spec.kind,
        login_id=environ[spec.id_env],
        password=environ[spec.password_env],
        display_name=spec.display_name,
        level=spec.level,
        unit=spec.unit,
    )


def new_password() -> str:
    """Random, and shaped to pass any reasonable password rule (upper, lower, digit, symbol)."""
    return f"Aa1!{secrets.token_urlsafe(12)}"
