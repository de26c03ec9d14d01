"""Shared portal steps: opening the portal, and opening a procedure's page by its code, as a visitor.

Registered for every feature by the root conftest.py.
"""

from pytest_bdd import given, parsers

from fixtures.browser import CITIZEN
from flows.procedures import open_procedure
from harness.config import Environment
from pages.portal.home_page import HomePage


@given("người dùng mở Cổng Dịch vụ công quốc gia")
def open_portal(stage, env: Environment) -> None:
    HomePage(stage.open(CITIZEN)).load(env.url("portal"))


@given(parsers.parse('người dùng mở thủ tục "{code}" trên Cổng Dịch vụ công quốc gia'))
def open_procedure_page(stage, env: Environment, code: str) -> None:
    open_procedure(stage.open(CITIZEN), env, code)
