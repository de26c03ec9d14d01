"""The search results: `Có N kết quả cho từ khóa "…"`, the procedures listed, and the pager under them."""

import re

from playwright.sync_api import Page, expect

from pages.portal.home_page import SEARCH_PLACEHOLDER
from pages.widgets.pager import Pager

HEADING = re.compile(r'^Có (\d+) kết quả cho từ khóa "(.*)"$')


class SearchResultsPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.search_box = page.get_by_placeholder(SEARCH_PLACEHOLDER, exact=True)
        self.heading = page.get_by_role("heading", name=HEADING)
        self.result_list = page.get_by_role("list", name="Kết quả tìm kiếm", exact=True)
        self.results = self.result_list.get_by_role("link")
        self.no_results = page.get_by_role("main").get_by_text(re.compile("^Không tìm thấy"))
        self.keyword_error = page.get_by_role("main").get_by_role("alert")
        self.pager = Pager(page)

    def search(self, keyword: str) -> None:
        self.search_box.fill(keyword)
        self.search_box.press("Enter")

    def expect_results_for(self, keyword: str) -> None:
        """Wait for this keyword's results: the heading names the keyword as the portal echoes it."""
        expect(self.heading).to_have_text(re.compile(f'"{re.escape(" ".join(keyword.split()))}"$'))

    def result_count(self) -> int:
        expect(self.heading).to_be_visible()
        return int(HEADING.match(self.heading.inner_text().strip()).group(1))

    def result_names(self) -> list[str]:
        expect(self.heading).to_be_visible()
        return [name.strip() for name in self.results.all_inner_texts()]

    def all_result_names(self) -> list[str]:
        """Every listed procedure, page after page with "Sau ›" until it is disabled."""
        names = self.result_names()
        while self.pager.has_next_page():
            self.pager.go_to_next_page()
            names += self.result_names()
        return names

    def open(self, name: str) -> None:
        self.result_list.get_by_role("link", name=name, exact=True).click()

    def open_first(self) -> None:
        self.results.first.click()

    def message(self) -> str:
        """What the portal says instead of results: no match, or a keyword is needed."""
        notice = self.no_results.or_(self.keyword_error)
        expect(notice).to_be_visible()
        return notice.inner_text().strip()
