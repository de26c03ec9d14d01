"""The "Thống kê báo cáo" pages of the sandbox's one-stop system: a period form (Từ ngày / Đến ngày, dd/mm/yyyy,
"Xem báo cáo"), then a table captioned with the report and its period, read by column headers; the report's
files behind the links "Xuất Excel" and "Xuất CSV"."""

from pathlib import Path

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave
from pages.widgets.table import table_rows


class StatisticsPage:
    def __init__(self, page: Page, entry: str, caption: str) -> None:
        self.page = page
        self.content = page.get_by_role("main")
        self.heading = self.content.get_by_role("heading", name=entry, exact=True, level=1)
        self.first_day = self.content.get_by_label("Từ ngày", exact=True)
        self.last_day = self.content.get_by_label("Đến ngày", exact=True)
        self.show = self.content.get_by_role("button", name="Xem báo cáo", exact=True)
        self.caption = caption

    def table(self, first: str, last: str):
        return self.content.get_by_role("table", name=f"{self.caption} từ {first} đến {last}", exact=True)

    def choose_period(self, first: str, last: str) -> None:
        """The period typed in and shown: the page's table is captioned with exactly that period."""
        expect(self.heading).to_be_visible()
        if self.table(first, last).is_visible():  # the page opens on today's period: nothing to type
            return
        self.first_day.fill(first)
        self.last_day.fill(last)
        click_to_leave(self.show)
        expect(self.table(first, last)).to_be_visible()

    def rows(self, first: str, last: str) -> list[dict[str, str]]:
        table = self.table(first, last)
        expect(table.get_by_role("row").nth(1)).to_be_visible()
        return table_rows(table)


class ProgressReportPage(StatisticsPage):
    def __init__(self, page: Page) -> None:
        super().__init__(page, "Tiến độ giải quyết", "Tiến độ giải quyết")

    def download(self, kind: str, folder: Path) -> Path:
        """The report's file as the officer saves it: kind is "Xuất Excel" or "Xuất CSV"."""
        with self.page.expect_download() as started:
            self.content.get_by_role("link", name=kind, exact=True).click()
        download = started.value
        target = folder / download.suggested_filename
        download.save_as(target)
        return target


class IndicatorPage(StatisticsPage):
    def __init__(self, page: Page, unit_name: str) -> None:
        super().__init__(page, "Theo dõi chỉ tiêu DVC trực tuyến",
                         f"Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) của {unit_name}")
