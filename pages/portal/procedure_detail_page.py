"""A procedure's detail page: its name, the info table, "Cách Thức Thực Hiện", and the agency panel."""

from playwright.sync_api import Locator, Page, expect

from pages.portal.agency_panel import AgencyPanel


class ProcedureDetailPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.info_table = page.get_by_role("table").filter(
            has=page.get_by_role("rowheader", name="Mã thủ tục", exact=True))
        self.methods_table = page.get_by_role("region", name="Cách Thức Thực Hiện", exact=True).get_by_role("table")
        self.agency_panel = AgencyPanel(page)

    def name(self) -> str:
        expect(self.heading).to_be_visible()
        return self.heading.inner_text().strip()

    def info(self, label: str) -> str:
        """A value of the info table, by its row header ("Mã thủ tục", "Cấp thực hiện"…)."""
        row = self.info_table.get_by_role("row").filter(has=self.page.get_by_role("rowheader", name=label, exact=True))
        expect(row).to_be_visible()
        labels = [text.strip() for text in row.get_by_role("rowheader").all_inner_texts()]
        return row.get_by_role("cell").nth(labels.index(label)).inner_text().strip()

    def processing_time_for(self, channel: str) -> str:
        """"Thời gian" of a submission channel ("Trực tuyến", "Trực tiếp", "Dịch vụ bưu chính")."""
        return self._method_cell(channel, 1).inner_text().strip()

    def fee_for(self, channel: str) -> str:
        """"Phí, lệ phí" of a submission channel, as written: "10.000 Việt Nam Đồng (…)", "Miễn phí"."""
        return self._method_cell(channel, 2).inner_text().strip()

    def sections(self) -> list[str]:
        headings = self.page.get_by_role("article").get_by_role("heading", level=2)
        expect(headings.first).to_be_visible()
        return [title.strip() for title in headings.all_inner_texts()]

    def _method_cell(self, channel: str, column: int) -> Locator:
        # 1.003677 has two ONLINE methods (1 and 2 working days): the first is the channel's own row.
        row = self.methods_table.get_by_role("row").filter(
            has=self.page.get_by_role("cell", name=channel, exact=True)).first
        expect(row).to_be_visible()
        return row.get_by_role("cell").nth(column)
