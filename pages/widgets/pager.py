"""The footer of a portal list: "Hiển thị [10 ▾] trên N văn bản" and "Trang ‹ Trước | Sau ›".

The real pager shows no page number ("Trang" and two arrows only), so the page a person is on is read where the
portal keeps it: the address's `page` parameter, 1 when the address has none (the first page of a search).
"""

import re
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import Locator, Page, expect

from pages.widgets import retry

PAGE_PARAMETER = "page"


def _control(scope: Locator, name: str) -> Locator:
    """"‹ Trước" and "Sau ›" are buttons on a script-driven list; links would do as well."""
    return scope.get_by_role("button", name=name, exact=True).or_(scope.get_by_role("link", name=name, exact=True))


class Pager:
    def __init__(self, page: Page) -> None:
        self.page = page
        main = page.get_by_role("main")
        self.previous_control = _control(main, "Trước")
        self.next_control = _control(main, "Sau")

    def current_page(self) -> int:
        values = parse_qs(urlparse(self.page.url).query).get(PAGE_PARAMETER)
        return int(values[0]) if values and values[0].isdigit() else 1

    def has_next_page(self) -> bool:
        expect(self.next_control).to_be_visible()
        return self.next_control.is_enabled()

    def go_to_next_page(self) -> None:
        following = self.current_page() + 1
        retry.click_to_leave(self.next_control)
        expect(self.page).to_have_url(re.compile(rf"[?&]{PAGE_PARAMETER}={following}(&|#|$)"))
        self.page.wait_for_load_state("domcontentloaded")
