"""The portal's home page: the hero search field, known by its placeholder
"Nhập từ khoá tìm kiếm thủ tục hành chính"."""

from playwright.sync_api import Locator, Page, expect

from pages.widgets import retry

SEARCH_PLACEHOLDER = "Nhập từ khoá tìm kiếm thủ tục hành chính"


def search_from(box: Locator, keyword: str) -> None:
    """Type the keyword and press Enter until the portal starts loading the results."""
    box.fill(keyword)
    retry.leave_by(box.page, lambda: box.press("Enter"))


class HomePage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.search_box = page.get_by_placeholder(SEARCH_PLACEHOLDER, exact=True)

    def load(self, portal_url: str) -> None:
        self.page.goto(f"{portal_url}/")
        expect(self.search_box).to_be_visible()

    def search(self, keyword: str) -> None:
        search_from(self.search_box, keyword)
