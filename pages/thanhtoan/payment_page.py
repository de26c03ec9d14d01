"""The payment platform's page (thanhtoan): the amount and reference, a choice of bank / e-wallet / VietQR,
then "Xác nhận thanh toán", or "Hủy thanh toán"; either returns the citizen to the portal."""

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave


class PaymentPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Thanh toán trực tuyến", level=1)
        self.methods = page.get_by_role("group", name="Chọn phương thức thanh toán")

    def reference(self) -> str:
        """The Mã tham chiếu the page shows (the value beside its term)."""
        expect(self.heading).to_be_visible()
        value = self.page.get_by_text("Mã tham chiếu", exact=True).locator("xpath=following-sibling::dd[1]")
        return value.inner_text().strip()

    def pay_with(self, method: str) -> None:
        expect(self.heading).to_be_visible()
        self.methods.get_by_label(method, exact=True).check()
        self.page.get_by_role("button", name="Tiếp tục", exact=True).click()
        click_to_leave(self.page.get_by_role("button", name="Xác nhận thanh toán", exact=True))

    def cancel(self) -> None:
        expect(self.heading).to_be_visible()
        click_to_leave(self.page.get_by_role("button", name="Hủy thanh toán", exact=True))
