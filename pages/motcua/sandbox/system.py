"""The sandbox's "HT Một cửa điện tử" behind `BackOfficeSystem`: its page objects on one officer's page,
reached from the system's base address (`env.url("motcua")`) through the menu's links."""

from playwright.sync_api import APIResponse, Page, expect

from harness.actors import Account
from harness.config import Environment
from pages.motcua.sandbox.addresses import action_address, entry_address
from pages.motcua.sandbox.dossier_page import OfficerDossierPage
from pages.motcua.sandbox.home_page import BackOfficeHome
from pages.motcua.sandbox.login_page import OfficerLoginPage
from pages.motcua.sandbox.queue_page import QueuePage
from pages.motcua.sandbox.report_page import IndicatorPage, ProgressReportPage
from pages.motcua.sandbox.result_document_page import ResultDocumentPage
from pages.motcua.sandbox.slip_page import SlipPage

STATISTICS = "Thống kê báo cáo"


class SandboxBackOffice:
    def __init__(self, page: Page, env: Environment) -> None:
        self.page = page
        self.base = env.url("motcua")

    def open_login(self) -> None:
        OfficerLoginPage(self.page).load(self.base)

    def enter_credentials(self, account: Account) -> None:
        OfficerLoginPage(self.page).log_in(account.login_id, account.password)
        expect(self.home().menu).to_be_visible()

    def open_home(self) -> BackOfficeHome:
        home = self.home()
        home.load(self.base)
        expect(home.menu).to_be_visible()
        return home

    def home(self) -> BackOfficeHome:
        return BackOfficeHome(self.page)

    def open_queue(self, group: str, entry: str) -> QueuePage:
        self.open_home().open_entry(group, entry)
        return QueuePage(self.page, entry)

    def open_entry_address(self, group: str, entry: str) -> None:
        self.home().open_entry_address(self.base, group, entry)

    def dossier(self, ma_ho_so: str | None = None) -> OfficerDossierPage:
        return OfficerDossierPage(self.page, ma_ho_so)

    def slip(self) -> SlipPage:
        return SlipPage(self.page)

    def result_document(self) -> ResultDocumentPage:
        return ResultDocumentPage(self.page)

    def send_directly(self, ma_ho_so: str, action: str, reason: str = "") -> APIResponse:
        return self.page.request.post(action_address(self.base, ma_ho_so, action), form={"ghi_chu": reason},
                                      max_redirects=0)

    def open_progress_report(self) -> ProgressReportPage:
        self.open_home().open_entry(STATISTICS, "Tiến độ giải quyết")
        return ProgressReportPage(self.page)

    def open_indicators(self, unit_name: str) -> IndicatorPage:
        self.open_home().open_entry(STATISTICS, "Theo dõi chỉ tiêu DVC trực tuyến")
        return IndicatorPage(self.page, unit_name)

    def request_report_of(self, unit_code: str) -> APIResponse:
        return self.page.request.get(entry_address(self.base, STATISTICS, "Tiến độ giải quyết"),
                                     params={"don_vi": unit_code}, max_redirects=0)
