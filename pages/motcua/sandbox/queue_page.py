"""A dossier queue of the back office (a menu entry such as "Chờ tiếp nhận trực tuyến"): a table named after
the entry, one row per dossier (Mã hồ sơ | Tên thủ tục | Chủ hồ sơ | Ngày nộp | Ngày hẹn trả | Trạng thái),
or "Chưa có hồ sơ." when it is empty."""

from playwright.sync_api import Page, expect

from pages.widgets.table import row_with, table_rows


class QueuePage:
    def __init__(self, page: Page, name: str) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name=name, exact=True, level=1)
        self.table = page.get_by_role("table", name=name, exact=True)
        self.empty = page.get_by_role("main").get_by_text("Chưa có hồ sơ.", exact=True)

    def _loaded(self) -> bool:
        """Whether the queue lists any dossier, once the page has shown either its table or its empty notice."""
        expect(self.heading).to_be_visible()
        expect(self.table.or_(self.empty)).to_be_visible()
        return self.table.is_visible()

    def rows(self) -> list[dict[str, str]]:
        return table_rows(self.table) if self._loaded() else []

    def row_for(self, ma_ho_so: str) -> dict[str, str] | None:
        """The row of a dossier by its code, or None when the queue does not list it."""
        if not self._loaded():
            return None
        return row_with(self.table, self.page.get_by_role("link", name=ma_ho_so, exact=True))

    def open(self, ma_ho_so: str) -> None:
        self.table.get_by_role("link", name=ma_ho_so, exact=True).click()
