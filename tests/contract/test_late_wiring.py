"""The page objects against a sandbox that wires its handlers 1.5 s after a page is shown, as a React page that
hydrates late does: a click before that does nothing, so every action must be repeated until its effect shows.
Each test also measures that the page really ignored the first clicks (the effect came after the wiring)."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from playwright.sync_api import Page

from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.search_results_page import SearchResultsPage
from tests.contract.conftest import LATE_WIRING_MS

TAM_TRU = "/thu-tuc-hanh-chinh/019d2bf7-770b-734d-b7fb-5e1995f194f4"  # 1.004194 Đăng ký tạm trú
PHUONG_TUY_HOA_POLICE = "000.21.31.H15"


@contextmanager
def after_the_wiring() -> Iterator[None]:
    """The block's first effect cannot come before the handlers are attached (the page was just loaded)."""
    started = time.monotonic()
    yield
    assert time.monotonic() - started >= LATE_WIRING_MS / 1000 / 2, "the page answered before its handlers were wired"


def open_detail(page: Page, origin: str) -> ProcedureDetailPage:
    page.goto(origin + TAM_TRU)
    return ProcedureDetailPage(page)


def test_the_panel_lists_only_configured_wards(new_page: Callable[..., Page], late_wired_sandbox: str) -> None:
    panel = open_detail(new_page(), late_wired_sandbox).agency_panel

    with after_the_wiring():
        wards = panel.agencies("Tỉnh Đắk Lắk")

    assert "Phường Tuy Hòa" in wards and "Xã Ea Kar" not in wards


def test_nop_ho_so_goes_to_the_chosen_agency_s_submission(new_page: Callable[..., Page],
                                                           late_wired_sandbox: str) -> None:
    page = new_page()
    panel = open_detail(page, late_wired_sandbox).agency_panel

    with after_the_wiring():
        panel.choose("Tỉnh Đắk Lắk", "Phường Tuy Hòa")
    with page.expect_request(lambda request: "/nop-ho-so/" in request.url) as submission:
        panel.submit()

    assert submission.value.url.endswith(f"/nop-ho-so/{TAM_TRU.rsplit('/', 1)[1]}?co_quan={PHUONG_TUY_HOA_POLICE}")


def test_nop_ho_so_without_an_agency_is_refused_in_a_toast(new_page: Callable[..., Page],
                                                            late_wired_sandbox: str) -> None:
    procedure = open_detail(new_page(), late_wired_sandbox)

    with after_the_wiring():
        procedure.agency_panel.submit()

    assert procedure.agency_panel.field_error() == "Vui lòng chọn cơ quan thực hiện"
    assert procedure.name() == "Đăng ký tạm trú"


def test_the_pager_s_next_page(new_page: Callable[..., Page], late_wired_sandbox: str) -> None:
    page = new_page()
    page.goto(f"{late_wired_sandbox}/tim-kiem?q=gi%E1%BA%A5y+ph%C3%A9p")
    results = SearchResultsPage(page)
    first = results.result_names()

    with after_the_wiring():
        results.pager.go_to_next_page()

    assert results.pager.current_page() == 2 and not set(first) & set(results.result_names())
