""""Tra cứu thông tin PAKN": by mã số PAKN or tên người gửi; each item found is a region named by its mã số."""

from playwright.sync_api import Locator, Page, expect

from pages.pakn.values import value_of
from pages.widgets.retry import click_to_leave


class PaknLookupPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Tra cứu thông tin PAKN", exact=True)
        self.search_button = page.get_by_role("button", name="Tra cứu thông tin PAKN", exact=True)

    def search(self, pakn_url: str, label: str, value: str) -> None:
        self.page.goto(f"{pakn_url}/tra-cuu")
        expect(self.heading).to_be_visible()
        self.page.get_by_label(label, exact=True).fill(value)
        click_to_leave(self.search_button)

    def item(self, ma_so: str) -> Locator:
        return self.page.get_by_role("region", name=f"PAKN {ma_so}", exact=True)

    def value(self, ma_so: str, label: str) -> Locator:
        return value_of(self.item(ma_so), label)
