"""The "Thanh toán trực tuyến" section of the citizen's dossier page: Số tiền phải nộp, Hình thức thu, Trạng thái
thanh toán, the button that goes to the payment platform, and "Tải biên lai" once paid; for a dossier that owes
nothing, the "Phí, lệ phí" section with its Hình thức thu (Miễn) instead."""

import time
from pathlib import Path

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave


class DossierPayment:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.region = page.get_by_role("region", name="Thanh toán trực tuyến", exact=True)
        self.amount = self.region.get_by_label("Số tiền phải nộp", exact=True)
        self.state = self.region.get_by_label("Trạng thái thanh toán", exact=True)
        self.pay_button = page.get_by_role("button", name="Thanh toán trực tuyến", exact=True)
        self.exempt = page.get_by_role("region", name="Phí, lệ phí", exact=True)
        self.exempt_collection = self.exempt.get_by_label("Hình thức thu", exact=True)

    def start(self) -> None:
        click_to_leave(self.region.get_by_role("button", name="Thanh toán trực tuyến", exact=True))

    def expect_nothing_to_pay(self, hinh_thuc_thu: str) -> None:
        """The dossier owes nothing: its Hình thức thu says so, and neither an amount nor a way to pay is shown."""
        expect(self.exempt_collection).to_have_text(hinh_thuc_thu)
        expect(self.region).to_have_count(0)
        expect(self.pay_button).to_have_count(0)

    def expect_state(self, state: str, deadline_ms: int) -> None:
        expect(self.state).to_have_text(state, timeout=deadline_ms)

    def expect_state_on_reload(self, state: str, deadline_ms: int, poll_ms: int) -> None:
        """For a change made behind the page (a reconciliation job): the page shown again until it says `state`."""
        deadline = time.monotonic() + deadline_ms / 1000
        while True:
            remaining_ms = (deadline - time.monotonic()) * 1000
            try:
                expect(self.state).to_have_text(state, timeout=max(min(poll_ms, remaining_ms), 1))
                return
            except AssertionError:
                if time.monotonic() >= deadline:
                    raise AssertionError(f"Quá {deadline_ms} ms, trạng thái thanh toán chưa là “{state}”.") from None
            self.page.reload()

    def download_receipt(self) -> bytes:
        with self.page.expect_download() as download:
            self.region.get_by_role("link", name="Tải biên lai", exact=True).click()
        return Path(download.value.path()).read_bytes()
