"""The portal's react-toastify region "Notifications Alt+T" (the real page has it): messages that are not at a
field come as toasts there, each with role alert (react-toastify's default)."""

from playwright.sync_api import Page, expect

REGION_NAME = "Notifications Alt+T"


class Toasts:
    def __init__(self, page: Page) -> None:
        self.region = page.get_by_role("region", name=REGION_NAME, exact=True)
        # The newest toast comes last.
        self.latest = self.region.get_by_role("alert").last

    def message(self) -> str:
        expect(self.latest).to_be_visible()
        return self.latest.inner_text().strip()
