"""The "Thanh toán trực tuyến" section of the citizen's dossier page: Số tiền phải nộp, Trạng thái thanh toán, the
button that goes to the payment platform, and "Tải biên lai" once paid."""

from pathlib import Path

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave


class DossierPayment:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.region = page.get_by_role("region", name="Thanh toán trực tuyến", exact=True)
        self.amount = self.region.get_by_label("Số tiền phải nộp", exact=True)
        self.state = self.region.get_by_label("Trạng thái thanh toán", exact=True)

    def start(self) -> None:
        click_to_leave(self.region.get_by_role("button", name="Thanh toán trực tuyến", exact=True))

    def expect_state(self, state: str, deadline_ms: int) -> None:
        expect(self.state).to_have_text(state, timeout=deadline_ms)

    def download_receipt(self) -> bytes:
        with self.page.expect_download() as download:
            self.region.get_by_role("link", name="Tải biên lai", exact=True).click()
        return Path(download.value.path()).read_bytes()
