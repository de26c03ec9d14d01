"""The confirmation after "Lưu và nộp hồ sơ": "Nộp hồ sơ thành công", the Mã hồ sơ, its status, the
receiving agency, and the fee when there is one."""

from playwright.sync_api import Locator, Page, expect


class SubmissionResultPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Nộp hồ sơ thành công", level=1)

    def _value(self, label: str) -> Locator:
        expect(self.heading).to_be_visible()
        return self.page.get_by_role("main").get_by_label(label, exact=True)

    def ma_ho_so(self) -> str:
        return self._value("Mã hồ sơ").inner_text().strip()

    def status(self) -> str:
        return self._value("Trạng thái").inner_text().strip()

    def agency(self) -> str:
        return self._value("Cơ quan tiếp nhận").inner_text().strip()

    def fee(self) -> str:
        return self._value("Lệ phí").inner_text().strip()
