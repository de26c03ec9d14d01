"""The portal's home page: the hero search ("Nhập từ khoá tìm kiếm thủ tục hành chính") and the life-event groups."""

from playwright.sync_api import Page, expect

SEARCH_PLACEHOLDER = "Nhập từ khoá tìm kiếm thủ tục hành chính"


class HomePage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.search_box = page.get_by_placeholder(SEARCH_PLACEHOLDER, exact=True)

    def load(self, portal_url: str) -> None:
        self.page.goto(f"{portal_url}/")
        expect(self.search_box).to_be_visible()

    def search(self, keyword: str) -> None:
        self.search_box.fill(keyword)
        self.search_box.press("Enter")

    def life_events(self, group: str) -> list[str]:
        """The events of one group, "CÔNG DÂN" or "DOANH NGHIỆP"."""
        events = self.page.get_by_role("region", name=group, exact=True).get_by_role("link")
        expect(events.first).to_be_visible()
        return [name.strip() for name in events.all_inner_texts()]
