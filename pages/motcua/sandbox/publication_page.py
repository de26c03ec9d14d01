""""Quản trị Cổng DVC › Công khai thủ tục" of the sandbox's back office (the CSDL TTHC administrator): a search
by "Mã hoặc tên thủ tục", and a table named after the entry (Mã thủ tục | Tên thủ tục | Phân loại | Số quyết
định công bố | Ngày quyết định | Trạng thái | Thao tác), or a sentence that nothing was found. Reached from the
officer's home page through the menu."""

from playwright.sync_api import Page, expect

from harness.config import Environment
from pages.motcua.sandbox.home_page import BackOfficeHome
from pages.widgets.retry import click_to_leave
from pages.widgets.table import table_rows

GROUP, TITLE = "Quản trị Cổng DVC", "Công khai thủ tục"
NOTHING_FOUND = "Không có thủ tục nào"


class SandboxPublication:
    def __init__(self, page: Page, env: Environment) -> None:
        self.page, self.env = page, env
        self.content = page.get_by_role("main")
        self.heading = self.content.get_by_role("heading", name=TITLE, exact=True, level=1)
        self.query = self.content.get_by_label("Mã hoặc tên thủ tục", exact=True)
        self.search_button = self.content.get_by_role("button", name="Tìm kiếm", exact=True)
        self.table = self.content.get_by_role("table", name=TITLE, exact=True)
        self.nothing = self.content.get_by_text(NOTHING_FOUND)

    def rows_for(self, code: str) -> list[dict[str, str]]:
        """The rows whose Mã thủ tục is `code`, once the page has answered the search for it ([] when none)."""
        if not self.heading.is_visible():
            home = BackOfficeHome(self.page)
            if not home.menu.is_visible():
                home.load(self.env.url("motcua"))
            home.open_entry(GROUP, TITLE)
        expect(self.heading).to_be_visible()
        self.query.fill(code)
        click_to_leave(self.search_button)
        expect(self.query).to_have_value(code)
        expect(self.table.or_(self.nothing).first).to_be_visible()
        if not self.table.is_visible():
            return []
        return [row for row in table_rows(self.table) if row["Mã thủ tục"] == code]
