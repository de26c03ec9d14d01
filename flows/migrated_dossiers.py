"""What an officer of the unit sees of migrated dossiers, for the `chuyen_doi_ho_so` audit
(harness/audits/migration/check.py `NewSystem`): "Theo dõi tất cả hồ sơ" searched by the legacy code, each dossier
found opened in a tab of its own, and the national portal's public "Tra cứu hồ sơ" asked about its new code in a
third. One view per audit worker, on the officer's logged-in context; it only reads.

The search and the facts are the sandbox's one-stop pages (pages/motcua/sandbox/tracking_search.py): a province on
another system adds the search to its `BackOfficeSystem` (docs/audits/chuyen_doi_ho_so.md).
"""

from urllib.parse import urljoin

from playwright.sync_api import BrowserContext, Page

from flows.back_office import TRACKING, back_office
from harness.audits.migration.check import NationalAnswer
from harness.config import Environment
from harness.errors import HarnessError
from pages.motcua.sandbox.tracking_search import TrackingSearch, dossier_facts
from pages.portal.lookup_page import LookupPage

OTHER_CODE = "Mã hồ sơ khác"


SEARCHABLE_SYSTEMS = ("sandbox",)  # the one-stop systems whose tracking search the pages below know


class OfficerView:
    def __init__(self, context: BrowserContext, env: Environment) -> None:
        if env.motcua_system not in SEARCHABLE_SYSTEMS:
            raise HarnessError(
                f"Rà soát hồ sơ chuyển đổi chưa có trang tìm hồ sơ theo mã của hệ thống Một cửa '{env.motcua_system}'"
                f" ([motcua] system trong {env.source}): viết trang như pages/motcua/sandbox/tracking_search.py rồi "
                "thêm tên hệ thống vào SEARCHABLE_SYSTEMS trong flows/migrated_dossiers.py.")
        self.context = context
        self.env = env
        self._search: TrackingSearch | None = None
        self._dossier_tab: Page | None = None
        self._lookup: LookupPage | None = None

    def _searching(self) -> TrackingSearch:
        if self._search is None:
            page = self.context.new_page()
            back_office(page, self.env).open_queue(*TRACKING).expect_loaded()
            self._search = TrackingSearch(page)
        return self._search

    def codes_for(self, legacy_code: str) -> list[str]:
        wanted = legacy_code.strip().casefold()
        rows = self._searching().search(legacy_code)
        return [row["Mã hồ sơ"] for row in rows
                if wanted in (row["Mã hồ sơ"].casefold(), row.get(OTHER_CODE, "").casefold())]

    def facts(self, ma_ho_so: str) -> dict[str, str]:
        if self._dossier_tab is None:
            self._dossier_tab = self.context.new_page()
        search = self._searching()
        self._dossier_tab.goto(urljoin(search.page.url, search.address_of(ma_ho_so)))
        return dossier_facts(self._dossier_tab, ma_ho_so)

    def on_national_portal(self, ma_ho_so: str, so_giay_to: str) -> NationalAnswer:
        if not self.env.urls.get("portal"):
            return NationalAnswer(None, "môi trường không có địa chỉ Cổng DVCQG (urls.portal)")
        try:
            if self._lookup is None:
                self._lookup = LookupPage(self.context.new_page())
                self._lookup.load(self.env.url("portal"))
            self._lookup.look_up(ma_ho_so, so_giay_to)
        except Exception as error:  # a captcha, an unreachable portal: said in the finding, never a guess
            self._lookup = None
            return NationalAnswer(None, f"Tra cứu hồ sơ không trả lời ({type(error).__name__}: {error})"[:300])
        return NationalAnswer(self._lookup.result.is_visible())
