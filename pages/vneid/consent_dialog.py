"""VNeID consent dialog (first login, or periodically): tick the statement, then "Xác nhận chia sẻ"."""

from playwright.sync_api import Page

STATEMENT = ("Tôi đã đọc và hiểu rõ nội dung mục đích; Quyền, nghĩa vụ của chủ thể dữ liệu "
             "và đồng ý với các nội dung này.")


class ConsentDialog:
    def __init__(self, page: Page) -> None:
        self.page = page
        # Found by its button, not its title: the real dialog's title was never captured.
        self.dialog = page.get_by_role("dialog").filter(has=page.get_by_role("button", name="Xác nhận chia sẻ"))
        self.agreement = self.dialog.get_by_label(STATEMENT)
        self.share_button = self.dialog.get_by_role("button", name="Xác nhận chia sẻ")
        self.decline_button = self.dialog.get_by_role("button", name="Không đồng ý")

    def accept(self) -> None:
        self.agreement.check()
        self.share_button.click()

    def decline(self) -> None:
        self.decline_button.click()
