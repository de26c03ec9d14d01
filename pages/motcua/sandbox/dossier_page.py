"""The officer's page of one dossier ("Chi tiết hồ sơ"): its facts by label, the buttons of "Thao tác xử lý"
(those that ask for a reason open a dialog), the payment's "Phí, lệ phí", the slips issued, the signed result and
"Quá trình xử lý"."""

import re

from playwright.sync_api import Locator, Page, expect

from pages.widgets import retry
from pages.widgets.retry import click_to_leave
from pages.widgets.table import table_rows

# The reason each dialog asks for before the action is sent.
REASON_FIELDS = {
    "Từ chối tiếp nhận": "Lý do từ chối",
    "Yêu cầu bổ sung": "Nội dung yêu cầu bổ sung",
    "Dừng xử lý": "Lý do dừng xử lý",
    "Hoàn phí": "Lý do hoàn phí",
}
SIGNATURE_FIELDS = ("Tên giấy tờ", "Số", "Người ký", "Chức vụ", "Chứng thư số")
NO_ACTIONS = "Vai trò của bạn không có thao tác nào với hồ sơ ở trạng thái này."
NO_SLIPS = "Chưa cấp phiếu nào."
SHOWN = re.compile(r"\S")


class OfficerDossierPage:
    def __init__(self, page: Page, ma_ho_so: str | None = None) -> None:
        """`ma_ho_so`: the dossier this page must be of; without it, any dossier's page that shows its code."""
        self.page = page
        self.ma_ho_so = ma_ho_so
        self.heading = page.get_by_role("heading", name="Chi tiết hồ sơ", exact=True, level=1)
        self.facts = page.get_by_role("region", name="Thông tin hồ sơ", exact=True)
        self.code = self.facts.get_by_label("Mã hồ sơ", exact=True)
        self.status = self.facts.get_by_label("Trạng thái", exact=True)
        self.actions = page.get_by_role("region", name="Thao tác xử lý", exact=True)
        self.action_buttons = self.actions.get_by_role("button")
        self.no_actions = self.actions.get_by_text(NO_ACTIONS, exact=True)
        self.action_error = self.actions.get_by_role("alert")
        self.fees = page.get_by_role("region", name="Phí, lệ phí", exact=True)
        self.result = page.get_by_role("region", name="Kết quả giải quyết", exact=True)
        self.signature_line = self.result.get_by_text(re.compile(r"^Đã ký số bởi "))
        self.slips = page.get_by_role("region", name="Phiếu đã cấp", exact=True)
        self.slip_links = self.slips.get_by_role("link")
        self.no_slips = self.slips.get_by_text(NO_SLIPS, exact=True)
        self.progress_table = page.get_by_role("table", name="Quá trình xử lý", exact=True)

    def expect_loaded(self) -> None:
        """The page shown is the expected dossier's: its heading, and its Mã hồ sơ."""
        expect(self.heading).to_be_visible()
        expect(self.code).to_have_text(self.ma_ho_so or SHOWN)

    def field(self, label: str) -> str:
        self.expect_loaded()
        return self.facts.get_by_label(label, exact=True).inner_text().strip()

    def fee_value(self, label: str) -> Locator:
        return self.fees.get_by_label(label, exact=True)

    def available_actions(self) -> list[str]:
        """The actions offered, read once the dossier's page has loaded with its "Thao tác xử lý" (the buttons,
        or the sentence that there are none): an empty list from a broken page would prove nothing."""
        self.expect_loaded()
        expect(self.action_buttons.or_(self.no_actions).first).to_be_visible()
        return [name.strip() for name in self.action_buttons.all_inner_texts()]

    def dialog(self, action: str) -> Locator:
        return self.page.get_by_role("dialog", name=action, exact=True)

    def reason_field(self, action: str) -> Locator:
        return self.dialog(action).get_by_label(REASON_FIELDS[action], exact=True)

    def reason_error(self, action: str) -> Locator:
        return self.dialog(action).get_by_role("alert")

    def act(self, action: str, reason: str = "") -> None:
        """Press the action's button; an action that asks for a reason gets it typed in its dialog and confirmed.
        Returns once the back office has answered (a slip, the dossier again, or the refusal)."""
        button = self.actions.get_by_role("button", name=action, exact=True)
        if action not in REASON_FIELDS:
            click_to_leave(button)
            return
        dialog = self.dialog(action)
        retry.click_until(button, lambda timeout: expect(dialog).to_be_visible(timeout=timeout))
        self.confirm(action, reason)

    def confirm(self, action: str, reason: str) -> None:
        """Type the reason in the open dialog of `action` and confirm it."""
        self.reason_field(action).fill(reason)
        click_to_leave(self.dialog(action).get_by_role("button", name="Xác nhận", exact=True))

    def issued_slips(self) -> list[str]:
        """The slips issued, read once "Phiếu đã cấp" lists them or says there are none."""
        self.expect_loaded()
        expect(self.slip_links.or_(self.no_slips).first).to_be_visible()
        return [name.strip() for name in self.slip_links.all_inner_texts()]

    def signature(self) -> dict[str, str]:
        expect(self.result).to_be_visible()
        return {label: self.result.get_by_label(label, exact=True).inner_text().strip() for label in SIGNATURE_FIELDS}

    def open_result_document(self) -> None:
        click_to_leave(self.result.get_by_role("link", name="Xem văn bản kết quả", exact=True))

    def progress(self) -> list[dict[str, str]]:
        expect(self.progress_table).to_be_visible()
        return table_rows(self.progress_table)
