"""VNeID, password method: Số định danh cá nhân + Mật khẩu, then "Đăng nhập"."""

from playwright.sync_api import Page


class PasswordPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.form = page.get_by_role("main")
        self.id_field = self.form.get_by_label("Số định danh cá nhân", exact=True)
        self.password_field = self.form.get_by_label("Mật khẩu", exact=True)
        self.submit_button = self.form.get_by_role("button", name="Đăng nhập", exact=True)
        # Wrong password and lock-out; a message about one field is that field's accessible description.
        self.message = self.form.get_by_role("alert")

    def log_in(self, so_dinh_danh: str, password: str) -> None:
        self.id_field.fill(so_dinh_danh)
        self.password_field.fill(password)
        self.submit_button.click()
