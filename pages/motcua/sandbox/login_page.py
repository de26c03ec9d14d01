"""One-stop back office: "Đăng nhập hệ thống Một cửa điện tử" (Tên đăng nhập, Mật khẩu), where the system
sends anyone without a session who opens its address."""

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave


class OfficerLoginPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Đăng nhập hệ thống Một cửa điện tử", exact=True)
        self.username_field = page.get_by_label("Tên đăng nhập", exact=True)
        self.password_field = page.get_by_label("Mật khẩu", exact=True)
        self.submit_button = page.get_by_role("button", name="Đăng nhập", exact=True)

    def load(self, motcua_url: str) -> None:
        self.page.goto(f"{motcua_url}/")
        expect(self.heading).to_be_visible()

    def log_in(self, username: str, password: str) -> None:
        self.username_field.fill(username)
        self.password_field.fill(password)
        click_to_leave(self.submit_button)
