"""Shared portal steps: opening the portal, and opening a procedure's page by its code.

Registered for every feature by steps/conftest.py.
"""

from playwright.sync_api import Page
from pytest_bdd import given, parsers

from harness.config import Environment
from pages.portal.home_page import HomePage
from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.search_results_page import SearchResultsPage


def open_procedure(page: Page, env: Environment, code: str) -> ProcedureDetailPage:
    """As a citizen does: search the code from the home page, open the first result, check it is the one."""
    home = HomePage(page)
    home.load(env.url("portal"))
    home.search(code)
    results = SearchResultsPage(page)
    results.expect_results_for(code)
    results.open_first()
    procedure = ProcedureDetailPage(page)
    assert procedure.info("Mã thủ tục") == code, f"kết quả đầu tiên khi tìm {code} không phải thủ tục {code}"
    return procedure


@given("người dùng mở Cổng Dịch vụ công quốc gia")
def open_portal(stage, env: Environment) -> None:
    HomePage(stage.new_page()).load(env.url("portal"))


@given(parsers.parse('người dùng mở thủ tục "{code}" trên Cổng Dịch vụ công quốc gia'))
def open_procedure_page(stage, env: Environment, code: str) -> None:
    open_procedure(stage.new_page(), env, code)
