"""Shared login steps: an actor already logged in, from the session the actors fixtures saved once per run.

Registered for every feature by steps/conftest.py.
"""

from playwright.sync_api import expect
from pytest_bdd import given, parsers

from harness.actors import Account
from harness.config import Environment
from pages.motcua.home_page import BackOfficeHome
from pages.portal.header import PortalHeader


@given(parsers.parse("công dân đã đăng nhập bằng VNeID mức độ {level:d}"), target_fixture="citizen")
def citizen_logged_in(level: int, stage, env: Environment, accounts) -> Account:
    actor = f"citizen_l{level}"
    page = stage.new_page(actor)
    page.goto(f"{env.url('portal')}/")
    expect(PortalHeader(page).user_button).to_be_visible()
    return accounts.get(actor)


@given("cán bộ một cửa đã đăng nhập", target_fixture="officer")
def one_stop_officer_logged_in(stage, env: Environment, accounts) -> Account:
    page = stage.new_page("officer_mot_cua")
    home = BackOfficeHome(page)
    home.load(env.url("motcua"))
    expect(home.menu).to_be_visible()
    return accounts.get("officer_mot_cua")
