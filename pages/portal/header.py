"""The portal header's top bar: "Đăng nhập" for a visitor; for a citizen, a button with their full name opening the
user menu (Thông tin cá nhân, Dịch vụ công của tôi, Đăng xuất).

The real page has two banners: the top bar (the portal's name and "Đăng nhập", a button inside a link to the SSO)
and the grey main navigation, whose dropdown entries may be buttons. The top bar is the banner without a
navigation, and the citizen's button is where "Đăng nhập" was: the top bar's button that opens something.
"""

from playwright.sync_api import Page, expect

from pages.widgets import retry


class PortalHeader:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.top_bar = page.get_by_role("banner").filter(has_not=page.get_by_role("navigation"))
        self.login_button = self.top_bar.get_by_role("button", name="Đăng nhập", exact=True)
        self.user_button = (self.top_bar.get_by_role("button", expanded=False)
                            .or_(self.top_bar.get_by_role("button", expanded=True)))

    def open_login(self) -> None:
        retry.click_to_leave(self.login_button)

    def logged_in_name(self) -> str:
        expect(self.user_button).to_be_visible()
        return self.user_button.inner_text().strip()

    def open_user_menu(self) -> None:
        retry.act_until(self._click_unless_open,
                        lambda timeout: expect(self.user_button).to_have_attribute("aria-expanded", "true",
                                                                                   timeout=timeout))

    def _click_unless_open(self) -> None:
        if self.user_button.get_attribute("aria-expanded") != "true":
            self.user_button.click()

    def choose(self, entry: str) -> None:
        """An entry of the user menu, a link or a button (or a menu item, should the portal use roles)."""
        self.open_user_menu()
        target = (self.top_bar.get_by_role("link", name=entry, exact=True)
                  .or_(self.top_bar.get_by_role("button", name=entry, exact=True))
                  .or_(self.top_bar.get_by_role("menuitem", name=entry, exact=True)))
        retry.click_to_leave(target)

    def log_out(self) -> None:
        self.choose("Đăng xuất")
