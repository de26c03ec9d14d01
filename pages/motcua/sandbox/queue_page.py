"""A dossier queue of the back office (a menu entry such as "Chờ tiếp nhận trực tuyến"): a table named after
the entry, one row per dossier (Mã hồ sơ | Tên thủ tục | Chủ hồ sơ | Ngày nộp | Ngày hẹn trả | Trạng thái),
or "Chưa có hồ sơ." when it is empty."""

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave
from pages.widgets.table import row_with

EMPTY = "Chưa có hồ sơ."


class QueuePage:
    def __init__(self, page: Page, name: str) -> None:
        self.page = page
        self.content = page.get_by_role("main")
        self.heading = self.content.get_by_role("heading", name=name, exact=True, level=1)
        self.table = self.content.get_by_role("table", name=name, exact=True)
        self.dossier_rows = self.table.get_by_role("row").filter(has=page.get_by_role("cell"))
        self.empty = self.content.get_by_text(EMPTY, exact=True)

    def expect_loaded(self) -> None:
        """The queue of this entry has loaded: its heading names the entry, and its table (captioned with the
        entry) lists dossiers or it says it has none — so that "not listed" is never read off a broken page."""
        expect(self.heading).to_be_visible()
        expect(self.dossier_rows.or_(self.empty).first).to_be_visible()

    def row_for(self, ma_ho_so: str) -> dict[str, str] | None:
        """The row of a dossier by its code, or None when the loaded queue does not list it."""
        self.expect_loaded()
        # The marker is looked for inside each row, so it is built from the page, not from the table.
        return row_with(self.table, self.page.get_by_role("link", name=ma_ho_so, exact=True))

    def open(self, ma_ho_so: str) -> None:
        click_to_leave(self.table.get_by_role("link", name=ma_ho_so, exact=True))
