"""The env file's [thanhtoan] table: where the shared secret of the payment platform is read from (an
environment variable, never the file) and the portal's callback address a harness-sent callback goes to.

    [thanhtoan]
    secret_env = "DVCQG_THANHTOAN_SECRET"
    callback_url = "{portal}/DvcPayment/Confirm"   # optional; the portal's base URL + /DvcPayment/Confirm
"""

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

VARIABLE = re.compile(r"[A-Z][A-Z0-9_]*")
CALLBACK_PATH = "/DvcPayment/Confirm"


@dataclass(frozen=True)
class PaymentSettings:
    secret_env: str
    callback_url: str

    def secret(self, environ: Mapping[str, str] = os.environ) -> str:
        """The shared secret, registered for redaction before anyone else sees it."""
        value = environ.get(self.secret_env, "")
        if not value:
            raise HarnessError(f"Biến môi trường {self.secret_env} (khóa bí mật của nền tảng thanh toán) chưa được "
                               f"đặt: đặt nó trước khi chạy các kịch bản thanh toán.")
        SECRETS.register(value, self.secret_env)
        return value


def secret_variable(section: Mapping) -> str:
    """The name of the variable that holds the shared secret (`secret_env`)."""
    secret_env = section.get("secret_env", "DVCQG_THANHTOAN_SECRET")
    if not isinstance(secret_env, str) or not VARIABLE.fullmatch(secret_env):
        raise HarnessError(f"[thanhtoan] secret_env phải là tên một biến môi trường (chữ hoa, số, _), không phải "
                           f"{secret_env!r}.")
    return secret_env


def payment_settings(section: Mapping, portal_url: str) -> PaymentSettings:
    secret_env = secret_variable(section)
    callback_url = section.get("callback_url") or portal_url.rstrip("/") + CALLBACK_PATH
    if isinstance(callback_url, str):
        callback_url = callback_url.replace("{portal}", portal_url.rstrip("/"))
    if not isinstance(callback_url, str) or not callback_url.startswith(("http://", "https://")):
        raise HarnessError(f"[thanhtoan] callback_url phải là một địa chỉ http(s), không phải {callback_url!r}.")
    return PaymentSettings(secret_env, callback_url)
