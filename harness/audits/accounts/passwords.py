"""Where the audited accounts' passwords come from: never from a file in git. One variable per account,
`DVCQG_AUDIT_PASSWORD__<ACCOUNT>` (upper-cased, every other character than a letter or digit made `_`), or a
git-ignored CSV (`Tài khoản`, `Mật khẩu`) named by `DVCQG_AUDIT_PASSWORDS_FILE`; the variable wins. Every password
read is registered as a secret before anything else sees it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from harness.audits.table_input import read_table
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

PREFIX = "DVCQG_AUDIT_PASSWORD__"
FILE_VARIABLE = "DVCQG_AUDIT_PASSWORDS_FILE"
ACCOUNT, PASSWORD = "Tài khoản", "Mật khẩu"


def password_variable(account: str) -> str:
    return PREFIX + re.sub(r"[^A-Z0-9]", "_", account.strip().upper())


class Passwords:
    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ
        self.file = Path(environ[FILE_VARIABLE]).expanduser() if environ.get(FILE_VARIABLE) else None
        self._from_file: dict[str, str] = {}
        if self.file is not None:
            table = read_table(self.file, (ACCOUNT, PASSWORD), (ACCOUNT,))
            if not table.rows and table.problems:
                raise HarnessError(f"Không đọc được tệp mật khẩu {FILE_VARIABLE}: {table.problems[0].sentence()}")
            self._from_file = {row.values[ACCOUNT]: row.values[PASSWORD] for row in table.rows}
            for account, password in self._from_file.items():
                SECRETS.register(password, f"mật khẩu rà soát của {account}")

    def of(self, account: str) -> str | None:
        password = self.environ.get(password_variable(account)) or self._from_file.get(account.strip())
        SECRETS.register(password, f"mật khẩu rà soát của {account}")
        return password or None

    def missing(self, account: str) -> str:
        """The sentence of a row whose password nobody gave."""
        where = f"tệp {self.file.name}" if self.file else f"tệp CSV do biến {FILE_VARIABLE} chỉ"
        return (f"chưa có mật khẩu của tài khoản {account}: đặt biến {password_variable(account)} (môi trường hoặc "
                f"tệp .env), hoặc ghi vào {where} (cột “{ACCOUNT}”, “{PASSWORD}”), rồi chạy lại.")
