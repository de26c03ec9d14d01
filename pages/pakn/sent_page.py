""""Gửi phản ánh thành công": the mã số PAKN and the day it was received."""

from playwright.sync_api import Page, expect

from pages.pakn.values import value_of


class PaknSentPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Gửi phản ánh thành công", exact=True)

    def read(self) -> dict[str, str]:
        expect(self.heading).to_be_visible()
        main = self.page.get_by_role("main")
        return {label: value_of(main, label).inner_text().strip() for label in ("Mã số PAKN", "Ngày gửi", "Hạn xử lý")}
