"""Where the harness reads the SMS a citizen got, chosen by the environment file's `[sms]` table.

- `inbox = "sandbox"`: the sandbox gateway's message log (`urls.sms` + `/tin-nhan`, docs/sandbox-sms.md);
- `inbox = "http"`: a gateway's message log at `url`, with a bearer token from the variable `token_variable`
  (optional), answering in the same JSON shape;
- `inbox = "manual"`: nothing to read; the expected message is attached and a tester confirms it.
Default: "sandbox" on the bundled sandbox, "manual" elsewhere.
"""

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from harness.config import Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

MODES = ("sandbox", "http", "manual")


@dataclass(frozen=True)
class SentSms:
    ma_ho_so: str
    number: str | None
    text: str
    delivery: str
    attempts: tuple[str, ...]  # each attempt's gateway ERROR code


class ManualInbox:
    manual = True

    def messages(self, *, number: str | None = None, ma_ho_so: str | None = None) -> list[SentSms]:
        raise HarnessError("Hộp thư SMS thủ công không đọc được tin nhắn: tin dự kiến được đính kèm để xác nhận tay.")


class LogInbox:
    """A gateway's message log over HTTP: GET url?so_dien_thoai=…&ma_ho_so=… → {"tin_nhan": [...]}."""

    manual = False

    def __init__(self, url: str, timeout_ms: int, token: str | None = None) -> None:
        self.url = url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(timeout=timeout_ms / 1000, headers=headers)

    def messages(self, *, number: str | None = None, ma_ho_so: str | None = None) -> list[SentSms]:
        params = {k: v for k, v in {"so_dien_thoai": number, "ma_ho_so": ma_ho_so}.items() if v}
        try:
            response = self._http.get(self.url, params=params)
            response.raise_for_status()
            rows = response.json()["tin_nhan"]
        except (httpx.HTTPError, KeyError, ValueError) as error:
            raise HarnessError(f"Không đọc được nhật ký tin nhắn SMS tại {self.url} ({error}): kiểm tra [sms] "
                               "trong tệp môi trường.") from None
        return [SentSms(r["ma_ho_so"], r["so_dien_thoai"], r["noi_dung"], r["tinh_trang"],
                        tuple(a["ERROR"] for a in r["lan_gui"])) for r in rows]

    def wait_for(self, ma_ho_so: str, text: str, timeout_ms: int, interval_ms: int,
                 sleep: Callable[[float], None] = time.sleep) -> list[SentSms]:
        """The dossier's messages once one reads exactly `text`, or as they stand at the deadline: a gateway
        sends after the transition, at its own pace, and its log has no way to wait for a message."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            messages = self.messages(ma_ho_so=ma_ho_so)
            if any(m.text == text for m in messages) or time.monotonic() >= deadline:
                return messages
            sleep(interval_ms / 1000)


def inbox_for(env: Environment, environ: Mapping[str, str] = os.environ) -> LogInbox | ManualInbox:
    section = env.section("sms")
    mode = section.get("inbox", "sandbox" if env.sandbox else "manual")
    if mode not in MODES:
        raise HarnessError(f"[sms] inbox = '{mode}' trong {env.source} không hợp lệ: "
                           f"chọn một trong {', '.join(MODES)}.")
    if mode == "manual":
        return ManualInbox()
    timeout = env.deadlines.action
    if mode == "sandbox":
        return LogInbox(env.url("sms").rstrip("/") + "/tin-nhan", timeout)
    url = section.get("url")
    if isinstance(url, str):
        # The rehearsal points the adapter at the sandbox it started: `{sandbox}` is that sandbox's origin.
        url = url.replace("{sandbox}", env.url("portal").rstrip("/"))
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise HarnessError(f"[sms] inbox = 'http' trong {env.source} cần url = \"http(s)://…\" của nhật ký tin nhắn.")
    variable = section.get("token_variable")
    token = None
    if variable:
        token = environ.get(variable)
        if not token:
            raise HarnessError(f"[sms] token_variable = '{variable}' nhưng biến môi trường {variable} chưa được đặt.")
        SECRETS.register(token, variable)
    return LogInbox(url, timeout, token)
