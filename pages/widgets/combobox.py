"""A select-only combobox found by its accessible name: the sandbox's ARIA combobox (a button with
role combobox) or the real portal's React-Select (an input with role combobox); both open a listbox."""

from playwright.sync_api import Locator, Page, expect


class Combobox:
    def __init__(self, scope: Page | Locator, name: str) -> None:
        page = scope if isinstance(scope, Page) else scope.page
        self.control = (scope.get_by_role("combobox", name=name, exact=True)
                        .or_(scope.get_by_role("button", name=name, exact=True)))
        # Only the open listbox is visible, and a page opens one at a time.
        self.listbox = page.get_by_role("listbox")

    def open(self) -> None:
        if self.control.get_attribute("aria-expanded") != "true":
            self.control.click()
        expect(self.control).to_have_attribute("aria-expanded", "true")

    def close(self) -> None:
        self.control.press("Escape")
        expect(self.control).to_have_attribute("aria-expanded", "false")

    def options(self) -> list[str]:
        self.open()
        names = [name.strip() for name in self.listbox.get_by_role("option").all_inner_texts()]
        self.close()
        return names

    def choose(self, option: str) -> None:
        self.open()
        self.listbox.get_by_role("option", name=option, exact=True).click()
        expect(self.control).to_have_attribute("aria-expanded", "false")

    def value(self) -> str:
        return self.control.inner_text().strip()
