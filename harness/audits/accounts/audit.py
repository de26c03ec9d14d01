"""The officer accounts audit's check of one roster row, by really logging in and trying, in a browser of the worker's
own: the login; the unit and menu shown after it; every menu group's address and a dossier of the unit and of
another unit asked directly with the account's session (the server's answer, whatever the menu hides); and the
unit administrator's list "Quản trị › Tài khoản cán bộ", read once per unit for all workers. The verdict is
harness/audits/accounts/verdicts.py's."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext

from harness.audits.accounts.passwords import Passwords
from harness.audits.accounts.roles import ROLES, parse_roles
from harness.audits.accounts.verdicts import COMPLETE, OPENED, REFUSED, Listed, Probe, Seen, evidence, judge
from harness.audits.definition import AuditDefinition, input_problem
from harness.audits.findings import NOT_CHECKED, Finding
from harness.audits.runner import OpenCheck
from harness.audits.table_input import Row
from harness.config import Environment
from harness.evidence.redaction import SECRETS
from pages.motcua.account_audits import AccountAuditPages, account_audit_pages

ACCOUNT, NAME, UNIT, ROLES_COLUMN = "Tài khoản", "Họ và tên", "Đơn vị", "Vai trò"
DEFINITION = AuditDefinition(
    name="ra_soat_tai_khoan", title="Rà soát tài khoản và phân quyền cán bộ",
    columns=(ACCOUNT, NAME, UNIT, ROLES_COLUMN), key=(ACCOUNT,), ok_verdicts=frozenset({COMPLETE}))
ADMINISTRATOR = "QUAN_TRI_DON_VI"
# What a unit's rows are compared with: its accounts by username, one of its dossiers, one of the other unit's.
Compared = tuple[dict[str, Listed] | None, str | None, tuple[str, str] | None]


@dataclass(frozen=True)
class Sessions:
    """Saved logins (storage-state files) taken in the main thread before the audit: each unit's administrator,
    and an officer of the other unit whose dossier an account must be refused."""

    administrators: Mapping[str, str] = field(default_factory=dict)  # unit name -> storage state
    other_unit: tuple[str, str] | None = None  # (unit name, storage state)


def other_unit_officer(env: Environment) -> tuple[str, str] | None:
    """(unit, actor) named by `[audits.ra_soat_tai_khoan] other_unit` of the environment file, or None."""
    unit = env.section("audits").get("ra_soat_tai_khoan", {}).get("other_unit")
    actor = next((spec.name for spec in env.actors.values()
                  if spec.kind == "officer" and not spec.fresh and spec.unit == unit), None)
    return (unit, actor) if unit and actor else None


def administrator_of(env: Environment, unit: str) -> str | None:
    return next((spec.name for spec in env.actors.values() if spec.kind == "officer" and not spec.fresh
                 and spec.unit == unit and ADMINISTRATOR in spec.roles), None)


def _context(browser: Browser, env: Environment, storage_state: str | None = None) -> BrowserContext:
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", storage_state=storage_state)
    context.set_default_timeout(env.deadlines.action)
    context.set_default_navigation_timeout(env.deadlines.navigation)
    return context


class _ReadOnce:
    """A fact read once, by the first worker that needs it; the others wait for it."""

    def __init__(self, read: Callable[[Browser], Any]) -> None:
        self.read = read
        self.lock = threading.Lock()
        self.value: Any = None
        self.done = False

    def get(self, browser: Browser) -> Any:
        with self.lock:
            if not self.done:
                self.value, self.done = self.read(browser), True
            return self.value


class UnitFacts:
    """What the rows are compared with, read once for every worker: each unit's list of accounts and one dossier of
    it (from its administrator's pages), and one dossier of the other unit (from an officer of it). A worker that
    finds a fact being read reads another meanwhile, so the workers' first rows wait as little as they can."""

    def __init__(self, env: Environment, sessions: Sessions) -> None:
        self.env, self.sessions = env, sessions
        self._lock = threading.Lock()
        self._facts: dict[tuple[str, str], _ReadOnce] = {}

    def _fact(self, kind: str, unit: str) -> _ReadOnce:
        with self._lock:
            if (kind, unit) not in self._facts:
                read = {"accounts": self._read_accounts, "dossier": self._read_dossier}[kind]
                self._facts[(kind, unit)] = _ReadOnce(partial(read, unit))
            return self._facts[(kind, unit)]

    def of_unit(self, unit: str, browser: Browser) -> Compared:
        """The unit's accounts by username (None: no administrator to read them), a dossier code of it, and (code,
        unit) of a dossier of the other unit (None when there is none, or the other unit is this one)."""
        other = self.sessions.other_unit[0] if self.sessions.other_unit else None
        accounts, own = self._fact("accounts", unit), self._fact("dossier", unit)
        foreign = self._fact("dossier", other) if other and other != unit else None
        facts = [fact for fact in (accounts, own, foreign) if fact]
        for fact in sorted(facts, key=lambda fact: fact.lock.locked()):  # those nobody is reading first
            fact.get(browser)
        foreign_code = foreign.get(browser) if foreign else None
        return accounts.get(browser), own.get(browser), (foreign_code, other) if foreign_code else None

    def _pages(self, state: str | None, browser: Browser, read: Callable[[AccountAuditPages], Any]) -> Any:
        if state is None:
            return None
        context = _context(browser, self.env, state)
        try:
            return read(account_audit_pages(context.new_page(), self.env))
        finally:
            context.close()

    def _read_accounts(self, unit: str, browser: Browser) -> dict[str, Listed] | None:
        return self._pages(self.sessions.administrators.get(unit), browser, lambda pages: {
            line[ACCOUNT]: Listed(line[UNIT], parse_roles(line[ROLES_COLUMN])[0], line.get("Trạng thái", ""))
            for line in pages.unit_accounts()})

    def _read_dossier(self, unit: str, browser: Browser) -> str | None:
        """From the unit's administrator, or for the other unit from its officer."""
        other = self.sessions.other_unit
        state = self.sessions.administrators.get(unit) or (other[1] if other and other[0] == unit else None)
        return self._pages(state, browser, lambda pages: pages.first_dossier_of(self.env.unit(unit).code))


def _answered(status: int, what: str) -> int:
    if status not in (OPENED, REFUSED):
        raise RuntimeError(f"máy chủ trả {status} cho {what} (chờ 200 hoặc 403): kiểm tra phiên đăng nhập và địa chỉ")
    return status


class AccountCheck:
    """One row's check in one worker's browser: one page the worker's rows share, its cookies cleared before each
    account logs in (a new context per row costs a new renderer, half a row's time)."""

    def __init__(self, env: Environment, file: Path, facts: UnitFacts, passwords: Passwords, browser: Browser,
                 context: BrowserContext) -> None:
        self.env, self.file, self.facts, self.passwords, self.browser = env, file, facts, passwords, browser
        self.context = context
        self.pages = account_audit_pages(context.new_page(), env)

    def __call__(self, row: Row) -> Finding:
        account = row.values[ACCOUNT]
        unit = self.env.units.get(row.values[UNIT])
        if unit is None:
            return input_problem(self.file, row, UNIT, f"không có đơn vị “{row.values[UNIT]}” trong [units] của "
                                 f"{self.env.source.name}: ghi đúng tên đơn vị như tệp môi trường.", account)
        roles, unknown = parse_roles(row.values[ROLES_COLUMN])
        if unknown:
            return input_problem(self.file, row, ROLES_COLUMN, f"không có vai trò {', '.join(unknown)}: ghi mã vai "
                                 f"trò ({', '.join(ROLES)}) hoặc tên vai trò, cách nhau bằng dấu phẩy.", account)
        password = self.passwords.of(account)
        if password is None:
            return Finding(row.number, account, NOT_CHECKED, self.passwords.missing(account), values=row.values)
        listed, own_code, other = self.facts.of_unit(unit.name, self.browser)
        seen = Seen(account, unit.name, roles, list_read=listed is not None, listed=(listed or {}).get(account),
                    name=row.values[NAME])
        self._try(seen, password, own_code, other)
        verdict, detail = judge(seen)
        return Finding(row.number, account, verdict, detail, evidence(seen), values=row.values)

    def _try(self, seen: Seen, password: str, own_code: str | None, other: tuple[str, str] | None) -> None:
        self.context.clear_cookies()  # the previous row's account is logged out
        pages = self.pages
        seen.login_refusal = pages.try_log_in(seen.account, password)
        if seen.login_refusal is not None:
            return
        for cookie in self.context.cookies():
            SECRETS.register(cookie["value"], f"cookie {cookie['name']}")
        seen.shown_name, seen.shown_unit, menu = pages.shown()
        seen.menu = tuple(menu)
        seen.server = {group: _answered(status, f"nhóm “{group}”") for group, status in pages.group_answers().items()}
        if own_code:
            answer = _answered(pages.dossier_answer(own_code), f"hồ sơ {own_code}")
            seen.own_dossier = Probe(own_code, seen.unit, answer)
        if other:
            code, unit = other
            seen.other_dossier = Probe(code, unit, _answered(pages.dossier_answer(code), f"hồ sơ {code}"))


def account_check(env: Environment, file: Path, sessions: Sessions,
                  open_browser: Callable[[], AbstractContextManager[Browser]],
                  environ: Mapping[str, str]) -> OpenCheck:
    """The audit's `open_check`: each worker thread opens its own browser and checks its rows in it."""
    facts, passwords = UnitFacts(env, sessions), Passwords(environ)

    @contextmanager
    def open_check() -> Iterator[AccountCheck]:
        with open_browser() as browser:
            context = _context(browser, env)
            try:
                yield AccountCheck(env, file, facts, passwords, browser, context)
            finally:
                context.close()

    return open_check
