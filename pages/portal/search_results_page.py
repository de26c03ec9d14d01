"""The search results: the line `Có N kết quả cho từ khóa "…"`, the procedures listed after it, and the pager.

Read by what a person sees: the count line by its words (it need not be a heading), the names as the links of
the block right after it, "Không tìm thấy …" in place of the list, and a missing keyword told in a toast.
"""

import re

from playwright.sync_api import Page, expect

from pages.portal.home_page import SEARCH_PLACEHOLDER, search_from
from pages.widgets import retry
from pages.widgets.pager import Pager
from pages.widgets.toasts import Toasts

HEADING = re.compile(r'^Có (\d+) kết quả cho từ khóa "(.*)"$')


class SearchResultsPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        main = page.get_by_role("main")
        self.search_box = page.get_by_placeholder(SEARCH_PLACEHOLDER, exact=True)
        self.heading = main.get_by_text(HEADING)
        self.result_list = self.heading.locator("xpath=following-sibling::*[1]")
        self.results = self.result_list.get_by_role("link")
        self.no_results = main.get_by_text(re.compile("^Không tìm thấy"))
        self.toasts = Toasts(page)
        self.pager = Pager(page)

    def search(self, keyword: str) -> None:
        search_from(self.search_box, keyword)

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
        """Every listed procedure, page after page with "Sau ›" until it is disabled (no pager under no result)."""
        names = self.result_names()
        while names and self.pager.has_next_page():
            self.pager.go_to_next_page()
            names += self.result_names()
        return names

    def open(self, name: str) -> None:
        retry.click_to_leave(self.result_list.get_by_role("link", name=name, exact=True))

    def open_first(self) -> None:
        retry.click_to_leave(self.results.first)

    def message(self) -> str:
        """What the portal says instead of results: no match, or (in a toast) that a keyword is needed."""
        notice = self.no_results.or_(self.toasts.latest)
        expect(notice).to_be_visible()
        return notice.inner_text().strip()
