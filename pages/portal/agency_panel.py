"""The "Chọn cơ quan thực hiện" panel of a procedure: province or ministry, then ward or department, then
"Nộp hồ sơ". It lists only agencies where the procedure is configured for online submission.

Read as the real page is built (DOMAIN §1.2.1): the title is plain text and the panel its next sibling; a radio
has no name, so it is the one beside its word ("Tỉnh/ Thành phố", "Phường/ Xã", "Sở"…), chosen by clicking the
word as a person does; a picker is the first button after its group's words, whatever it says (placeholder or
choice). A message about the choice comes as a toast.
"""

from playwright.sync_api import Locator, Page, expect

from pages.widgets import retry
from pages.widgets.combobox import Combobox
from pages.widgets.toasts import Toasts

PROVINCE, WARD, DEPARTMENT = "Tỉnh/ Thành phố", "Phường/ Xã", "Sở"
TITLE = "Chọn cơ quan thực hiện"


class AgencyPanel:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.title = page.get_by_role("main").get_by_text(TITLE, exact=True)
        self.body = self.title.locator("xpath=following-sibling::*[1]")
        self.province = Combobox.at(self._picker_after(PROVINCE))
        self.agency = Combobox.at(self._picker_after(WARD))
        self.submit_button = self.body.get_by_role("button", name="Nộp hồ sơ", exact=True)
        self.toasts = Toasts(page)

    def _word(self, word: str) -> Locator:
        return self.body.get_by_text(word, exact=True)

    def _picker_after(self, word: str) -> Locator:
        return self._word(word).locator("xpath=following::button[1]")

    def radio(self, word: str) -> Locator:
        """The unnamed radio in the row of its word."""
        return self._word(word).locator("xpath=..").get_by_role("radio")

    def pick(self, word: str) -> None:
        radio = self.radio(word)
        retry.click_until(self._word(word), lambda timeout: expect(radio).to_be_checked(timeout=timeout))

    def pickers(self) -> list[str]:
        """What the two pickers say now: their placeholders until something is chosen."""
        return [self.province.value(), self.agency.value()]

    def choose_province(self, province: str) -> None:
        self.pick(PROVINCE)
        self.province.choose(province)

    def agencies(self, province: str, level: str = WARD) -> list[str]:
        """The wards ("Phường/ Xã") or departments ("Sở") of a province that the panel offers."""
        self.choose_province(province)
        self.pick(level)
        return self.agency.options()

    def choose(self, province: str, agency: str, level: str = WARD) -> None:
        self.choose_province(province)
        self.pick(level)
        self.agency.choose(agency)

    def submit(self) -> None:
        """"Nộp hồ sơ", until the portal moves on or says what is missing."""
        retry.click_to_leave(self.submit_button, unless_shown=self.toasts.latest)

    def offers_online_submission(self) -> bool:
        expect(self.body).to_be_visible()
        return self.submit_button.is_visible()

    def field_error(self) -> str:
        """The portal's message about the choice ("Vui lòng chọn cơ quan thực hiện")."""
        return self.toasts.message()
