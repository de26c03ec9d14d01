"""Where the harness gets the VNeID login code ("Nhập mã xác nhận đăng nhập") of an actor.

- On the sandbox, the setup API plays the citizen's phone and tells the latest code.
- On a real environment nothing in the harness can read a phone. In order of preference:
  1. the actor's `otp_command`: a command the tester provides that prints the current code (it can be asked any
     number of times, so the scenarios that test the login itself can run);
  2. the actor's `otp_env` variable, filled by a person before the run: one code, good for one login, which is
     the one login per actor per run that the saved sessions need;
  3. a prompt in the terminal when the run is headed and has one (the tester reads the app and types the code).
  A second login with only a variable stops with a sentence saying which of the others to set up.

Every code is registered as a secret before it is returned; none is written to a file, a report or a log.
"""

import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient, SetupRefused
from harness.config import ActorSpec, Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

CODE = re.compile(r"^\d{4,8}$")
PROJECT_ROOT = Path(__file__).resolve().parents[2]

Prompt = Callable[[Account], str]


class LoginCodeSource:
    """`code_for(account)`: the login code to type now."""

    def __init__(self, env: Environment, setup: SetupClient | None, environ: Mapping[str, str] | None = None,
                 prompt: Prompt | None = None, used_marks: Path | None = None) -> None:
        self.env = env
        self.setup = setup
        self.environ = os.environ if environ is None else environ
        self.prompt = prompt
        # Where the single-use variable codes are marked as spent, shared by every worker of the run.
        self.used_marks = used_marks

    def code_for(self, account: Account) -> str:
        code = self._from_sandbox(account) if self.setup else self._from_tester(account)
        SECRETS.register(code, f"mã xác nhận đăng nhập của {account.actor}")
        return code

    def _from_sandbox(self, account: Account) -> str:
        # Asked once the code dialog shows: the sandbox commits the code before it answers the password step.
        try:
            return self.setup.latest_login_code(account.login_id)
        except SetupRefused as refusal:
            raise HarnessError(
                f"Sandbox không có mã xác nhận đăng nhập cho '{account.actor}' ({refusal}): "
                "kiểm tra bước nhập mật khẩu đã qua chưa."
            ) from None

    def _from_tester(self, account: Account) -> str:
        spec = self.env.actors.get(account.actor) or ActorSpec(account.actor, account.kind)
        if spec.otp_command:
            return self._from_command(spec, account)
        if spec.otp_env and self.environ.get(spec.otp_env) and self._spend(spec):
            return self.environ[spec.otp_env].strip()
        if self.prompt is not None:
            return self.prompt(account)
        raise HarnessError(self._no_code_sentence(spec))

    def _from_command(self, spec: ActorSpec, account: Account) -> str:
        fill = {"python": sys.executable, "project": str(PROJECT_ROOT), "login_id": account.login_id,
                "url_vneid": self.env.urls.get("vneid", "").rstrip("/")}
        command = [part.format(**fill) for part in spec.otp_command]
        try:
            answer = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT,
                                    timeout=self.env.deadlines.action / 1000)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise HarnessError(
                f"Lệnh otp_command của '{spec.name}' không chạy được ({type(error).__name__}): sửa "
                f"[actors.{spec.name}] otp_command trong {self.env.source}."
            ) from None
        lines = [line.strip() for line in answer.stdout.splitlines() if line.strip()]
        code = lines[-1] if lines else ""
        if answer.returncode != 0 or not CODE.match(code):
            # Never quote the output: it may hold the code or the command's own secrets.
            raise HarnessError(
                f"Lệnh otp_command của '{spec.name}' không in ra mã xác nhận (mã thoát {answer.returncode}): "
                f"chạy thử lệnh trong {self.env.source} bằng tay, nó phải in đúng một mã số ở dòng cuối."
            )
        return code

    def _spend(self, spec: ActorSpec) -> bool:
        """True the first time the variable's code is asked for in this run; a code is good for one login."""
        if self.used_marks is None:
            return True
        mark = self.used_marks / f"{spec.name}.otp-used"
        try:
            mark.touch(exist_ok=False)
        except FileExistsError:
            return False
        return True

    def _no_code_sentence(self, spec: ActorSpec) -> str:
        variable = spec.otp_env or f"[actors.{spec.name}] otp_env"
        if spec.otp_env and self.environ.get(spec.otp_env):
            return (f"Mã xác nhận VNeID trong biến {variable} của '{spec.name}' đã dùng cho lần đăng nhập trước "
                    f"(mỗi mã dùng một lần): khai báo otp_command cho [actors.{spec.name}] trong "
                    f"{self.env.source}, hoặc chạy với --headed trong một terminal để nhập mã khi được hỏi.")
        return (f"Thiếu mã xác nhận đăng nhập VNeID của '{spec.name}' ({variable}): trên môi trường "
                f"'{self.env.name}', người chạy phải mở ứng dụng VNeID của tài khoản này, lấy mã rồi đặt vào "
                f"biến {variable} trước khi chạy, hoặc khai báo otp_command, hoặc chạy với --headed để nhập mã.")


def terminal_prompt(read_secret: Callable[[str], str]) -> Prompt:
    """A prompt that asks the tester at the terminal, with `read_secret` (getpass: nothing is echoed)."""

    def ask(account: Account) -> str:
        while True:
            code = read_secret(f"Mã xác nhận đăng nhập VNeID của {account.actor} ({account.login_id}): ").strip()
            if CODE.match(code):
                return code
    return ask
