"""Shared login steps: a citizen already logged in, from the session the actors fixtures saved once per run.

Registered for every feature by the root conftest.py.
"""

from playwright.sync_api import expect
from pytest_bdd import given, parsers

from fixtures.browser import CITIZEN
from harness.actors import Account
from harness.config import Environment
from pages.portal.header import PortalHeader


@given(parsers.parse("công dân đã đăng nhập bằng VNeID mức độ {level:d}"), target_fixture="citizen")
def citizen_logged_in(level: int, stage, env: Environment, accounts) -> Account:
    actor = f"citizen_l{level}"
    page = stage.open(CITIZEN, actor)
    page.goto(f"{env.url('portal')}/")
    expect(PortalHeader(page).user_button).to_be_visible()
    return accounts.get(actor)
