"""The citizen's form "Gửi phản ánh, kiến nghị" (DOMAIN §1.9): fields by their labels, errors beside them."""

from playwright.sync_api import Locator, Page, expect

from pages.widgets.retry import click_to_leave

SELECTS = ("Đối tượng PAKN", "PAKN về việc")


class PaknFormPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Gửi phản ánh, kiến nghị", exact=True)
        self.send_button = page.get_by_role("button", name="Gửi phản ánh", exact=True)

    def load(self, pakn_url: str) -> None:
        self.page.goto(f"{pakn_url}/")
        expect(self.heading).to_be_visible()

    def field(self, label: str) -> Locator:
        return self.page.get_by_label(label, exact=True)

    def fill(self, answers: dict[str, str]) -> None:
        for label, value in answers.items():
            if label in SELECTS:
                self.field(label).select_option(label=value)
            else:
                self.field(label).fill(value)

    def send(self) -> None:
        click_to_leave(self.send_button)
