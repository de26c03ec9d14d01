"""Shared portal steps: opening the portal, and opening a procedure's page by its code.

Registered for every feature by steps/conftest.py.
"""

from pytest_bdd import given, parsers

from flows.procedures import open_procedure
from harness.config import Environment
from pages.portal.home_page import HomePage


@given("người dùng mở Cổng Dịch vụ công quốc gia")
def open_portal(stage, env: Environment) -> None:
    HomePage(stage.new_page()).load(env.url("portal"))


@given(parsers.parse('người dùng mở thủ tục "{code}" trên Cổng Dịch vụ công quốc gia'))
def open_procedure_page(stage, env: Environment, code: str) -> None:
    open_procedure(stage.new_page(), env, code)
