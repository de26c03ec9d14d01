"""Finding a procedure as a citizen does: search its code from the home page and open the first result."""

from playwright.sync_api import Page

from harness.config import Environment
from pages.portal.home_page import HomePage
from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.search_results_page import SearchResultsPage


def open_procedure(page: Page, env: Environment, code: str) -> ProcedureDetailPage:
    """Search the code, open the first result, check it is the one."""
    home = HomePage(page)
    home.load(env.url("portal"))
    home.search(code)
    results = SearchResultsPage(page)
    results.expect_results_for(code)
    results.open_first()
    procedure = ProcedureDetailPage(page)
    assert procedure.info("Mã thủ tục") == code, f"kết quả đầu tiên khi tìm {code} không phải thủ tục {code}"
    return procedure
