"""An official slip in the back office ("Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả", 02, 03, 05):
its title and each value by its label."""

from playwright.sync_api import Page, expect


class SlipPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.slip = page.get_by_role("article")
        self.title = self.slip.get_by_role("heading", level=1)

    def value(self, label: str) -> str:
        expect(self.title).to_be_visible()
        return self.slip.get_by_label(label, exact=True).inner_text().strip()

    def values(self, labels: tuple[str, ...]) -> dict[str, str]:
        return {label: self.value(label) for label in labels}
