"""The home and search page objects on the sandbox's pages, built in the real portal's markup: the hero search,
the count line and the names after it, "Trang ‹ Trước | Sau ›" with no page number, the no-result message and the
toast that asks for a keyword."""

from collections.abc import Callable

from playwright.sync_api import Page

from pages.portal.home_page import HomePage
from pages.portal.search_results_page import SearchResultsPage


def search_from_home(page: Page, origin: str, keyword: str) -> SearchResultsPage:
    home = HomePage(page)
    home.load(origin)
    home.search(keyword)
    return SearchResultsPage(page)


def test_the_count_on_the_heading_equals_the_names_listed_across_pages(new_page: Callable[..., Page],
                                                                        sandbox_portal: str) -> None:
    results = search_from_home(new_page(), sandbox_portal, "đăng ký khai sinh")
    results.expect_results_for("đăng ký khai sinh")

    names = results.all_result_names()

    assert results.result_count() == len(names) == len(set(names)) == 11
    assert "Thủ tục đăng ký khai sinh" in names
    assert results.pager.current_page() == 2 and not results.pager.has_next_page()


def test_the_next_page_lists_other_procedures_under_the_same_count(new_page: Callable[..., Page],
                                                                   sandbox_portal: str) -> None:
    results = search_from_home(new_page(), sandbox_portal, "giấy phép")
    results.expect_results_for("giấy phép")
    count, first = results.result_count(), results.result_names()

    assert results.pager.current_page() == 1
    results.pager.go_to_next_page()

    second = results.result_names()
    assert results.pager.current_page() == 2 and results.result_count() == count
    assert len(first) == len(second) == 10 and not set(first) & set(second)


def test_a_keyword_that_matches_nothing_is_told(new_page: Callable[..., Page], sandbox_portal: str) -> None:
    results = search_from_home(new_page(), sandbox_portal, "qwxz không có thủ tục này")
    results.expect_results_for("qwxz không có thủ tục này")

    assert results.message().startswith("Không tìm thấy thủ tục hành chính nào phù hợp")
    assert results.result_count() == 0 and results.all_result_names() == []


def test_an_empty_keyword_is_asked_for_in_a_toast(new_page: Callable[..., Page], sandbox_portal: str) -> None:
    results = search_from_home(new_page(), sandbox_portal, "")

    assert results.message().startswith("Vui lòng nhập từ khoá tìm kiếm")
    assert results.heading.count() == 0
