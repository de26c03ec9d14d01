"""The officer's lists "PAKN chưa trả lời" / "PAKN đã trả lời", searched by mã số PAKN; cells by column header."""

import re
from urllib.parse import quote_plus

from playwright.sync_api import Locator, Page, expect

from pages.widgets.retry import click_to_leave

SLUGS = {"PAKN chưa trả lời": "chua-tra-loi", "PAKN đã trả lời": "da-tra-loi"}


class PaknOfficerListPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def find(self, pakn_url: str, title: str, ma_so: str) -> None:
        self.page.goto(f"{pakn_url}/quan-tri/{SLUGS[title]}")
        expect(self.page.get_by_role("heading", name=title, exact=True)).to_be_visible()
        self.page.get_by_label("Mã số PAKN", exact=True).fill(ma_so)
        click_to_leave(self.page.get_by_role("button", name="Tìm kiếm", exact=True))
        expect(self.page).to_have_url(re.compile(re.escape(f"ma_so={quote_plus(ma_so)}")))

    def row(self, ma_so: str) -> Locator:
        return self.page.get_by_role("row").filter(has=self.page.get_by_role("link", name=ma_so, exact=True))

    def cell(self, ma_so: str, column: str) -> Locator:
        headers = self.page.get_by_role("columnheader").all_inner_texts()
        return self.row(ma_so).get_by_role("cell").nth(headers.index(column))

    def open(self, ma_so: str) -> None:
        click_to_leave(self.row(ma_so).get_by_role("link", name=ma_so, exact=True))
