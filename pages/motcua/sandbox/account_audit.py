"""What the officer accounts audit reads on the sandbox's "HT Một cửa điện tử": a login tried with the roster's
password (the home page, or what the login page answers), the address of one entry of every menu group and of a
dossier, asked directly with the account's session (the server's 200 or 403, whatever the menu shows), the first
dossier of the unit in "Theo dõi hồ sơ › Theo dõi tất cả hồ sơ", and the administrator's "Quản trị › Tài khoản
cán bộ" list."""

import re

from playwright.sync_api import Page, expect

from harness.config import Environment
from pages.motcua.sandbox.home_page import BackOfficeHome
from pages.motcua.sandbox.login_page import OfficerLoginPage
from pages.widgets.table import table_rows

# One entry of each menu group (DOMAIN §1.8), typed in as an officer without the group could.
GROUP_ADDRESSES = {
    "Tiếp nhận hồ sơ": "/tiep-nhan-ho-so/moi-tiep-nhan",
    "Xử lý hồ sơ": "/xu-ly-ho-so/dang-xu-ly",
    "Bổ sung hồ sơ": "/bo-sung-ho-so/yeu-cau-bo-sung",
    "Trả kết quả": "/tra-ket-qua/da-tra",
    "Thu phí/lệ phí": "/thu-phi-le-phi/cho-thu-phi",
    "Theo dõi hồ sơ": "/theo-doi-ho-so/theo-doi-tat-ca",
    "Thống kê báo cáo": "/thong-ke-bao-cao/tien-do-giai-quyet",
    "Quản trị": "/quan-tri/tai-khoan-can-bo",
    "Quản trị Cổng DVC": "/quan-tri-cong-dvc/cong-khai-thu-tuc",
}
TRACKING = ("Theo dõi hồ sơ", "Theo dõi tất cả hồ sơ")
ACCOUNTS = ("Quản trị", "Tài khoản cán bộ")


class SandboxAccountAudit:
    def __init__(self, page: Page, env: Environment) -> None:
        self.page = page
        self.base = env.url("motcua")
        self.home = BackOfficeHome(page)
        self.login = OfficerLoginPage(page)

    def try_log_in(self, username: str, password: str) -> str | None:
        """None once the home page shows the menu; else what the login page answered."""
        self.login.load(self.base)
        self.login.log_in(username, password)
        refusal = self.login.page.get_by_role("main").get_by_role("alert")
        expect(self.home.menu.or_(refusal).first).to_be_visible()
        return None if self.home.menu.is_visible() else " ".join(refusal.first.inner_text().split())

    def shown(self) -> tuple[str, str, list[str]]:
        """The officer's name and unit in the header, and the menu's groups."""
        return (self.home.officer_name.inner_text().strip(), self.home.unit_name.inner_text().strip(),
                self.home.menu_groups())

    def _open(self, entry: tuple[str, str]) -> None:
        """A menu entry, through the menu of the page shown (every page of the system has it) or of the home page."""
        if not self.home.menu.is_visible():
            self.home.load(self.base)
        self.home.open_entry(*entry)

    def answer_to(self, address: str) -> int:
        return self.page.request.get(f"{self.base}{address}", max_redirects=0).status

    def group_answers(self) -> dict[str, int]:
        return {group: self.answer_to(address) for group, address in GROUP_ADDRESSES.items()}

    def dossier_answer(self, ma_ho_so: str) -> int:
        return self.answer_to(f"/ho-so/{ma_ho_so}")

    def first_dossier_of(self, unit_code: str) -> str | None:
        """The first dossier coded for the unit in the tracking list of the logged-in officer, or None."""
        self._open(TRACKING)
        content = self.page.get_by_role("main")
        table = content.get_by_role("table", name=TRACKING[1], exact=True)
        expect(table.or_(content.get_by_text("Chưa có hồ sơ.", exact=True)).first).to_be_visible()
        links = table.get_by_role("link", name=re.compile(rf"^{re.escape(unit_code)}-"))
        return links.first.inner_text().strip() if links.count() else None

    def unit_accounts(self) -> list[dict[str, str]]:
        """The administrator's list "Tài khoản cán bộ" (by column header), reached through the menu."""
        self._open(ACCOUNTS)
        content = self.page.get_by_role("main")
        table = content.get_by_role("table", name=ACCOUNTS[1], exact=True)
        expect(content.get_by_role("heading", name=ACCOUNTS[1], level=1)).to_be_visible()
        expect(table.or_(content.get_by_text("Chưa có dữ liệu.", exact=True)).first).to_be_visible()
        return table_rows(table) if table.count() else []
