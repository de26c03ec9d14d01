"""A select-only combobox and its listbox. Found by its accessible name: an e-form's labelled combobox (a
role=combobox button named by its label), or a picker of the real portal's kind (a button with
aria-haspopup=listbox, named only by its text: the placeholder, then the choice; this widget follows the choice).
`Combobox.at(control)` takes a picker found otherwise, beside its words say, whatever its text is now.

Every action is repeated until its effect shows (pages.widgets.retry): a page that wires its handlers late loses
no click.
"""

from playwright.sync_api import Locator, Page, expect

from pages.widgets import retry


class Combobox:
    def __init__(self, scope: Page | Locator, name: str) -> None:
        self._scope: Page | Locator | None = scope
        self._name = name
        self.control = self._named(name)
        # Only the open listbox is visible, and a page opens one at a time.
        self.listbox = (scope if isinstance(scope, Page) else scope.page).get_by_role("listbox")

    @classmethod
    def at(cls, control: Locator) -> "Combobox":
        combobox = cls.__new__(cls)
        combobox._scope, combobox._name, combobox.control = None, "", control
        combobox.listbox = control.page.get_by_role("listbox")
        return combobox

    def _named(self, name: str) -> Locator:
        return (self._scope.get_by_role("combobox", name=name, exact=True)
                .or_(self._scope.get_by_role("button", name=name, exact=True)))

    def _expanded(self, state: str):
        return lambda timeout: expect(self.control).to_have_attribute("aria-expanded", state, timeout=timeout)

    def open(self) -> None:
        retry.act_until(self._click_unless_open, self._expanded("true"))

    def _click_unless_open(self) -> None:
        if self.control.get_attribute("aria-expanded") != "true":
            self.control.click()

    def close(self) -> None:
        retry.act_until(lambda: self.control.press("Escape"), self._expanded("false"))

    def options(self) -> list[str]:
        self.open()
        names = [name.strip() for name in self.listbox.get_by_role("option").all_inner_texts()]
        self.close()
        return names

    def choose(self, option: str) -> None:
        follows_text = self._scope is not None and self.value() == self._name
        self.open()
        retry.click_until(self.listbox.get_by_role("option", name=option, exact=True), self._expanded("false"))
        if follows_text:
            # A picker named by its text is named by the choice from now on.
            self._name, self.control = option, self._named(option)

    def value(self) -> str:
        return self.control.inner_text().strip()
