"""Start and stop the bundled sandbox portal as a child process on a free local port."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from harness.errors import HarnessError

STARTUP_SECONDS = 60
# Where the sandbox reads its payment platform's shared secret (sandbox/thanhtoan/signing.py).
SANDBOX_PAYMENT_SECRET = "DVCQG_THANHTOAN_SECRET"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SandboxProcess:
    """One sandbox with a fresh database in `workdir`; `origin` is its base URL once started."""

    def __init__(self, workdir: Path, args: Sequence[str] = (), payment_secret: str | None = None) -> None:
        self.workdir = workdir
        self.args = list(args)
        self.payment_secret = payment_secret
        self.port = _free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "sandbox.log"
        self._process: subprocess.Popen | None = None

    def start(self) -> str:
        self.workdir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "sandbox", "--port", str(self.port), "--db", str(self.workdir / "sandbox.sqlite3"),
             *self.args],
            stdout=log, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parent.parent, env=self._environ(),
        )
        self._wait_until_healthy()
        return self.origin

    def _environ(self) -> dict[str, str]:
        """The harness's environment, with the payment platform's shared secret where the sandbox reads it."""
        environ = dict(os.environ)
        if self.payment_secret is not None:
            environ[SANDBOX_PAYMENT_SECRET] = self.payment_secret
        return environ

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.origin}/_setup/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            try:
                # Waiting on the child doubles as the pause between probes and notices an early crash.
                code = self._process.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                continue
            raise HarnessError(
                f"Sandbox dừng ngay khi khởi động (mã {code}): xem nhật ký {self.log_path} rồi chạy lại."
            )
        self.stop()
        raise HarnessError(f"Sandbox không sẵn sàng sau {STARTUP_SECONDS} giây: xem nhật ký {self.log_path}.")

    def stop(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
