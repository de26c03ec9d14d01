"""VNeID, first page: the citizen picks the kind of electronic-identity account to log in with."""

from playwright.sync_api import Page

CITIZEN_ACCOUNT = "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân"


class AccountTypePage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.citizen_option = page.get_by_role("button", name=CITIZEN_ACCOUNT)

    def choose_citizen(self) -> None:
        self.citizen_option.click()
