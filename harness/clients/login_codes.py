"""Where the harness gets the VNeID login code ("Nhập mã xác nhận đăng nhập") of an actor.

On the sandbox, the setup API plays the citizen's phone and tells the latest code. On staging and any
real environment there is no such API: a person must read the code from the VNeID app of that account
and put it in the actor's `otp_env` variable before the run; the harness cannot get it any other way.
"""

import os
import time
from collections.abc import Mapping

from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient, SetupRefused
from harness.config import Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

NOT_FOUND = 404


class LoginCodeSource:
    """`code_for(account)`: the login code to type now; registered as a secret before it is returned."""

    def __init__(self, env: Environment, setup: SetupClient | None, environ: Mapping[str, str] | None = None) -> None:
        self.env = env
        self.setup = setup
        self.environ = os.environ if environ is None else environ

    def code_for(self, account: Account) -> str:
        code = self._from_sandbox(account) if self.setup else self._from_variable(account)
        SECRETS.register(code, f"mã xác nhận đăng nhập của {account.actor}")
        return code

    def _from_sandbox(self, account: Account) -> str:
        # The code exists as soon as the password step has passed; asking again only covers a slow commit.
        deadline = time.monotonic() + self.env.deadlines.action / 1000
        while True:
            try:
                return self.setup.latest_login_code(account.login_id)
            except SetupRefused as refusal:
                if refusal.status != NOT_FOUND or time.monotonic() >= deadline:
                    raise HarnessError(
                        f"Sandbox không có mã xác nhận đăng nhập cho '{account.actor}' ({refusal}): "
                        "kiểm tra bước nhập mật khẩu đã qua chưa."
                    ) from None

    def _from_variable(self, account: Account) -> str:
        spec = self.env.actors.get(account.actor)
        variable = spec.otp_env if spec else None
        if not variable or not self.environ.get(variable):
            name = variable or f"[actors.{account.actor}] otp_env"
            raise HarnessError(
                f"Thiếu mã xác nhận đăng nhập VNeID của '{account.actor}' ({name}): trên môi trường "
                f"'{self.env.name}', người chạy phải mở ứng dụng VNeID của tài khoản này, lấy mã rồi đặt vào "
                f"biến {name} trước khi chạy."
            )
        return self.environ[variable].strip()
