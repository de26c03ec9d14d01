""""Dịch vụ công của tôi": the logged-in citizen's dossiers as the national portal holds them, one row each
(Mã hồ sơ | Tên thủ tục | Cơ quan tiếp nhận | Ngày nộp | Ngày hẹn trả | Trạng thái | Chi tiết), each leading to
the dossier's own page. Reached from the header's user menu, as a citizen reaches it."""

from playwright.sync_api import Locator, Page, expect

from pages.widgets.table import row_with

ENTRY = "Dịch vụ công của tôi"


class MyDossiersPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        content = page.get_by_role("main")
        self.heading = content.get_by_role("heading", name=ENTRY, exact=True, level=1)
        self.table = content.get_by_role("table", name="Hồ sơ đã nộp", exact=True)
        self.empty = content.get_by_role("status")

    def expect_loaded(self) -> None:
        """The citizen's list has loaded: its heading, and its table or its "no dossier yet" notice."""
        expect(self.heading).to_be_visible()
        expect(self.table.or_(self.empty)).to_be_visible()

    def dossier_link(self, ma_ho_so: str) -> Locator:
        return self.table.get_by_role("link", name=f"Xem hồ sơ {ma_ho_so}", exact=True)

    def row_for(self, ma_ho_so: str) -> dict[str, str] | None:
        """The dossier's row, or None when the loaded list does not have it."""
        self.expect_loaded()
        if not self.table.is_visible():
            return None
        return row_with(self.table, self.page.get_by_role("rowheader", name=ma_ho_so, exact=True))

    def open_dossier(self, ma_ho_so: str) -> None:
        self.dossier_link(ma_ho_so).click()
