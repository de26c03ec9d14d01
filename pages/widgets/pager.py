"""The footer of a portal list: "Hiển thị [10 ▾] trên N văn bản" and "Trang ‹ Trước | Sau ›"."""

import re

from playwright.sync_api import Page, expect

POSITION = re.compile(r"^Trang (\d+)/(\d+)$")


class Pager:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.navigation = page.get_by_role("navigation", name="Phân trang", exact=True)
        self.position = self.navigation.get_by_text(POSITION)
        self.previous_link = self.navigation.get_by_role("link", name="Trước", exact=True)
        self.next_link = self.navigation.get_by_role("link", name="Sau", exact=True)
        self.page_size = page.get_by_role("combobox", name="Số dòng mỗi trang", exact=True)

    def current_page(self) -> int:
        return int(POSITION.match(self.position.inner_text().strip()).group(1))

    def has_next_page(self) -> bool:
        return self.next_link.get_attribute("aria-disabled") != "true"

    def go_to_next_page(self) -> None:
        following = self.current_page() + 1
        self.next_link.click()
        expect(self.position).to_have_text(re.compile(rf"^Trang {following}/"))

    def show_per_page(self, size: int) -> None:
        self.page_size.select_option(str(size))
        self.page.wait_for_url(re.compile(rf"[?&]limit={size}(&|$)"))
        expect(self.page_size).to_have_value(str(size))
