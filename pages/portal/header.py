"""The portal header: "Đăng nhập" for a visitor; for a citizen, a button with their full name opening the
user menu (Thông tin cá nhân, Dịch vụ công của tôi, Đăng xuất)."""

from playwright.sync_api import Page, expect


class PortalHeader:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.banner = page.get_by_role("banner")
        # The real portal draws "Đăng nhập" as a button, the sandbox as a link: either will do.
        self.login_button = (self.banner.get_by_role("link", name="Đăng nhập", exact=True)
                             .or_(self.banner.get_by_role("button", name="Đăng nhập", exact=True)))
        # The user menu's button is the header's only button that opens something (aria-expanded).
        self.user_button = (self.banner.get_by_role("button", expanded=False)
                            .or_(self.banner.get_by_role("button", expanded=True)))
        self.user_menu = self.banner.get_by_role("menu")

    def open_login(self) -> None:
        self.login_button.click()

    def logged_in_name(self) -> str:
        expect(self.user_button).to_be_visible()
        return self.user_button.inner_text().strip()

    def open_user_menu(self) -> None:
        self.user_button.click()
        expect(self.user_menu).to_be_visible()

    def choose(self, entry: str) -> None:
        self.open_user_menu()
        self.user_menu.get_by_role("menuitem", name=entry).click()

    def log_out(self) -> None:
        self.choose("Đăng xuất")
