"""VNeID dialog "Nhập mã xác nhận đăng nhập": the one-time code the VNeID app shows, then "Xác nhận"."""

from playwright.sync_api import Page

TITLE = "Nhập mã xác nhận đăng nhập"


class LoginCodeDialog:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialog = page.get_by_role("dialog", name=TITLE)
        self.code_field = self.dialog.get_by_label("Mã xác nhận", exact=True)
        self.confirm_button = self.dialog.get_by_role("button", name="Xác nhận", exact=True)

    def confirm(self, code: str) -> None:
        self.code_field.fill(code)
        self.confirm_button.click()
