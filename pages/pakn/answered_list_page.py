"""The public list "Phản ánh, kiến nghị đã trả lời", searched by a keyword (mã số PAKN or tiêu đề)."""

import re
from urllib.parse import quote_plus

from playwright.sync_api import Locator, Page, expect

from pages.widgets.retry import click_to_leave


class AnsweredListPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Phản ánh, kiến nghị đã trả lời", exact=True)

    def search(self, pakn_url: str, keyword: str) -> None:
        self.page.goto(f"{pakn_url}/da-tra-loi")
        expect(self.heading).to_be_visible()
        self.page.get_by_label("Từ khóa", exact=True).fill(keyword)
        click_to_leave(self.page.get_by_role("button", name="Tìm kiếm", exact=True))
        # the answer to this search, not the list before it
        expect(self.page).to_have_url(re.compile(re.escape(f"tu_khoa={quote_plus(keyword)}")))

    def row(self, ma_so: str) -> Locator:
        return self.page.get_by_role("row").filter(has=self.page.get_by_role("cell", name=ma_so, exact=True))

    @property
    def nothing_found(self) -> Locator:
        return self.page.get_by_text("Không có phản ánh, kiến nghị nào.", exact=True)
