""""Dịch vụ công của tôi": the logged-in citizen's dossiers as the national portal holds them, one row each
(Mã hồ sơ | Tên thủ tục | Cơ quan tiếp nhận | Ngày nộp | Ngày hẹn trả | Trạng thái | Chi tiết)."""

from playwright.sync_api import Page, expect

from pages.widgets.table import row_with


class MyDossiersPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Dịch vụ công của tôi", exact=True, level=1)
        self.table = page.get_by_role("table", name="Hồ sơ đã nộp", exact=True)
        self.empty = page.get_by_role("main").get_by_role("status")

    def load(self, portal_url: str) -> None:
        self.page.goto(f"{portal_url}/dich-vu-cong-cua-toi")
        expect(self.heading).to_be_visible()
        expect(self.table.or_(self.empty)).to_be_visible()

    def row_for(self, ma_ho_so: str) -> dict[str, str] | None:
        """The dossier's row, or None when the list does not have it."""
        if not self.table.is_visible():
            return None
        return row_with(self.table, self.page.get_by_role("rowheader", name=ma_ho_so, exact=True))
