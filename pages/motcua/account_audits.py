"""The pages the officer accounts audit (ra_soat_tai_khoan) reads, per one-stop system (`[motcua] system` of the
environment file): a province whose vendor's system is not the sandbox's adds its own class with the same
methods here (pages/motcua/sandbox/account_audit.py is the model)."""

from collections.abc import Callable
from typing import Protocol

from playwright.sync_api import Page

from harness.config import Environment
from harness.errors import HarnessError
from pages.motcua.sandbox.account_audit import SandboxAccountAudit


class AccountAuditPages(Protocol):
    def try_log_in(self, username: str, password: str) -> str | None: ...

    def shown(self) -> tuple[str, str, list[str]]: ...

    def group_answers(self) -> dict[str, int]: ...

    def dossier_answer(self, ma_ho_so: str) -> int: ...

    def first_dossier_of(self, unit_code: str) -> str | None: ...

    def unit_accounts(self) -> list[dict[str, str]]: ...


AUDIT_PAGES: dict[str, Callable[[Page, Environment], AccountAuditPages]] = {"sandbox": SandboxAccountAudit}


def account_audit_pages(page: Page, env: Environment) -> AccountAuditPages:
    if env.motcua_system not in AUDIT_PAGES:
        raise HarnessError(
            f"Rà soát tài khoản chưa có trang của hệ thống Một cửa '{env.motcua_system}': viết lớp như "
            f"pages/motcua/sandbox/account_audit.py và thêm vào AUDIT_PAGES trong pages/motcua/account_audits.py.")
    return AUDIT_PAGES[env.motcua_system](page, env)
