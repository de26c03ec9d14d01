"""Officer login to the PAKN system: "Đăng nhập hệ thống xử lý phản ánh, kiến nghị" (Tên đăng nhập, Mật khẩu)."""

from playwright.sync_api import Page, expect

from pages.widgets.retry import click_to_leave


class PaknOfficerLoginPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Đăng nhập hệ thống xử lý phản ánh, kiến nghị", exact=True)

    def load(self, pakn_url: str) -> None:
        self.page.goto(f"{pakn_url}/quan-tri/")
        expect(self.heading).to_be_visible()

    def log_in(self, username: str, password: str) -> None:
        self.page.get_by_label("Tên đăng nhập", exact=True).fill(username)
        self.page.get_by_label("Mật khẩu", exact=True).fill(password)
        click_to_leave(self.page.get_by_role("button", name="Đăng nhập", exact=True))
