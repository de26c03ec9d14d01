"""A procedure's detail page, read as the real page is built (DOMAIN §1.2.1): the name is the only h3 of main;
the info grid is label/value divs, a value the next sibling of its label; the sections are h4s; "Cách Thức Thực
Hiện" is the table that has the column header "Hình thức nộp"; "Chọn cơ quan thực hiện" is the agency panel."""

from playwright.sync_api import Locator, Page, expect

from pages.portal.agency_panel import AgencyPanel
from pages.widgets.table import headers_of

NEXT_SIBLING = "xpath=following-sibling::*[1]"


class ProcedureDetailPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.main = page.get_by_role("main")
        self.heading = self.main.get_by_role("heading", level=3)
        self.methods_table = self.main.get_by_role("table").filter(
            has=page.get_by_role("columnheader", name="Hình thức nộp", exact=True))
        self.agency_panel = AgencyPanel(page)

    def name(self) -> str:
        expect(self.heading).to_be_visible()
        return self.heading.inner_text().strip()

    def info(self, label: str) -> str:
        """A value of the info grid, by its label ("Mã thủ tục", "Cấp thực hiện"…); "" where the page shows none."""
        label_cell = self.main.get_by_text(label, exact=True)
        expect(label_cell).to_be_visible()
        return label_cell.locator(NEXT_SIBLING).inner_text().strip()

    def processing_time_for(self, channel: str) -> str:
        """"Thời gian" of a submission channel ("Trực tuyến", "Trực tiếp", "Dịch vụ bưu chính")."""
        return self._method_cell(channel, "Thời gian").inner_text().strip()

    def fee_for(self, channel: str) -> str:
        """"Phí, lệ phí" of a submission channel as written, its parts (amount, note) a line each:
        "10.000 Việt Nam Đồng\\n(Trường hợp …)", "Miễn phí"."""
        lines = self._method_cell(channel, "Phí, lệ phí").inner_text().splitlines()
        return "\n".join(line.strip() for line in lines if line.strip())

    def sections(self) -> list[str]:
        headings = self.main.get_by_role("heading", level=4)
        expect(headings.first).to_be_visible()
        return [title.strip() for title in headings.all_inner_texts()]

    def _method_cell(self, channel: str, column: str) -> Locator:
        expect(self.methods_table).to_be_visible()
        # 1.003677 has two ONLINE methods (1 and 2 working days): the first is the channel's own row.
        row = self.methods_table.get_by_role("row").filter(
            has=self.page.get_by_role("cell", name=channel, exact=True)).first
        expect(row).to_be_visible()
        return row.get_by_role("cell").nth(headers_of(self.methods_table).index(column))
