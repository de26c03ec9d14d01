"""The citizen's page of one dossier (from "Dịch vụ công của tôi"): status and dates, the officer's supplement
request and "Bổ sung hồ sơ", "Rút hồ sơ" with a reason, "Tải kết quả" once the result is signed, and "Quá trình
xử lý"."""

from pathlib import Path

from playwright.sync_api import Download, Page, expect

from pages.widgets.table import table_rows


class CitizenDossierPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        main = page.get_by_role("main")
        self.heading = main.get_by_role("heading", name="Chi tiết hồ sơ", level=1)
        self.code = main.get_by_label("Mã hồ sơ", exact=True)
        self.status = main.get_by_label("Trạng thái", exact=True)
        self.appointment = main.get_by_label("Ngày hẹn trả", exact=True)
        self.request_region = page.get_by_role("region", name="Yêu cầu bổ sung hồ sơ", exact=True)
        self.request_text = self.request_region.get_by_label("Nội dung yêu cầu bổ sung", exact=True)
        self.supplement_files = self.request_region.get_by_label("Giấy tờ bổ sung", exact=True)
        self.withdraw_region = page.get_by_role("region", name="Rút hồ sơ", exact=True)
        self.result_region = page.get_by_role("region", name="Kết quả giải quyết", exact=True)
        self.progress_table = main.get_by_role("table", name="Quá trình xử lý", exact=True)

    def expect_loaded(self, ma_ho_so: str) -> None:
        """The page shown is this dossier's."""
        expect(self.heading).to_be_visible()
        expect(self.code).to_have_text(ma_ho_so)

    def supplement_request(self) -> str:
        expect(self.request_text).to_be_visible()
        return self.request_text.inner_text().strip()

    def supplement(self, files: list[Path]) -> None:
        self.supplement_files.set_input_files(files)
        with self.page.expect_navigation():
            self.request_region.get_by_role("button", name="Bổ sung hồ sơ", exact=True).click()

    def supplement_error(self) -> str:
        alert = self.request_region.get_by_role("alert")
        expect(alert).to_be_visible()
        return alert.inner_text().strip()

    def withdraw(self, reason: str) -> None:
        self.withdraw_region.get_by_label("Lý do rút hồ sơ", exact=True).fill(reason)
        with self.page.expect_navigation():
            self.withdraw_region.get_by_role("button", name="Rút hồ sơ", exact=True).click()

    def download_result(self) -> Download:
        with self.page.expect_download() as download:
            self.result_region.get_by_role("link", name="Tải kết quả", exact=True).click()
        return download.value

    def progress(self) -> list[dict[str, str]]:
        expect(self.progress_table).to_be_visible()
        return table_rows(self.progress_table)
