"""Shared login steps: a citizen already logged in, from the session the actors fixtures saved once per run.

Registered for every feature by the root conftest.py.
"""

from playwright.sync_api import expect
from pytest_bdd import given, parsers

from fixtures.browser import CITIZEN
from harness.actors import Account
from harness.config import Environment
from pages.portal.header import PortalHeader

# Citizens named by a group the population data lists them in, by the actor of the environment file.
CITIZEN_GROUPS = {"hộ nghèo": "citizen_ho_ngheo"}


def log_in_citizen(stage, env: Environment, accounts, actor: str) -> Account:
    page = stage.open(CITIZEN, actor)
    page.goto(f"{env.url('portal')}/")
    expect(PortalHeader(page).user_button).to_be_visible()
    return accounts.get(actor)


@given(parsers.parse("công dân đã đăng nhập bằng VNeID mức độ {level:d}"), target_fixture="citizen")
def citizen_logged_in(level: int, stage, env: Environment, accounts) -> Account:
    return log_in_citizen(stage, env, accounts, f"citizen_l{level}")


@given(parsers.parse("công dân thuộc {group} đã đăng nhập bằng VNeID"), target_fixture="citizen")
def citizen_of_group_logged_in(group: str, stage, env: Environment, accounts) -> Account:
    assert group in CITIZEN_GROUPS, f"Không có tài khoản công dân thuộc “{group}”: {', '.join(CITIZEN_GROUPS)}"
    return log_in_citizen(stage, env, accounts, CITIZEN_GROUPS[group])
