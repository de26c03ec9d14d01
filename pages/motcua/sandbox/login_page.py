"""One-stop back office: "Đăng nhập hệ thống Một cửa điện tử" (Tên đăng nhập, Mật khẩu)."""

from playwright.sync_api import Page


class OfficerLoginPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.username_field = page.get_by_label("Tên đăng nhập", exact=True)
        self.password_field = page.get_by_label("Mật khẩu", exact=True)
        self.submit_button = page.get_by_role("button", name="Đăng nhập", exact=True)

    def load(self, motcua_url: str) -> None:
        self.page.goto(f"{motcua_url}/dang-nhap")

    def log_in(self, username: str, password: str) -> None:
        self.username_field.fill(username)
        self.password_field.fill(password)
        self.submit_button.click()
