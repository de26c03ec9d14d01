"""What the harness asks of a province's one-stop system (VNPT iGate, Viettel, the sandbox's "HT Một cửa điện
tử"…), whatever its vendor: the officer's pages as the flows and steps read them. A system implements
`BackOfficeSystem` with page objects of its own and is registered in pages/motcua/systems.py.

Locators are part of the pages' shape on purpose: the steps assert on them with web-first expectations.
"""

from pathlib import Path
from typing import Protocol

from playwright.sync_api import APIResponse, Locator

from harness.actors import Account


class BackOfficeMenu(Protocol):
    """The officer's home page: who is logged in, at which unit, and the menu "Chức năng" of their roles."""

    menu: Locator
    menu_headings: Locator
    officer_name: Locator
    unit_name: Locator
    refusal: Locator

    def menu_group(self, group: str) -> Locator: ...

    def entries_of(self, group: str) -> Locator: ...

    def menu_groups(self) -> list[str]: ...

    def menu_items(self, group: str) -> list[str]: ...

    def open_entry(self, group: str, entry: str) -> None: ...


class DossierQueue(Protocol):
    """A menu entry's list of dossiers."""

    def row_for(self, ma_ho_so: str) -> dict[str, str] | None:
        """The dossier's row by column header, or None — once the queue of this entry has loaded."""

    def open(self, ma_ho_so: str) -> None: ...


class OfficerDossier(Protocol):
    """The officer's page of one dossier: its facts, the actions offered, slips, result and progress."""

    status: Locator
    result: Locator
    signature_line: Locator
    action_error: Locator

    def expect_loaded(self) -> None:
        """Asserts that the page shown is this dossier's."""

    def field(self, label: str) -> str: ...

    def fee_value(self, label: str) -> Locator:
        """A value of the dossier's payment ("Số tiền", "Trạng thái thanh toán", "Lý do hoàn phí"…)."""

    def available_actions(self) -> list[str]:
        """The actions offered — once the page of the dossier has loaded and shows its actions area."""

    def act(self, action: str, reason: str = "") -> None:
        """The action (with its reason when it asks for one), returning once the system has answered."""

    def confirm(self, action: str, reason: str) -> None: ...

    def dialog(self, action: str) -> Locator: ...

    def reason_error(self, action: str) -> Locator: ...

    def issued_slips(self) -> list[str]: ...

    def signature(self) -> dict[str, str]: ...

    def open_result_document(self) -> None: ...

    def progress(self) -> list[dict[str, str]]: ...


class IssuedSlip(Protocol):
    """A slip the system issued (Mẫu 01, 02, 03, 05): its title and its values by label."""

    title: Locator

    def values(self, labels: tuple[str, ...]) -> dict[str, str]: ...


class ResultDocument(Protocol):
    """The signed result: its title, values by label and its digital signature."""

    title: Locator

    def value(self, label: str) -> str: ...

    def signature(self) -> dict[str, str]: ...


class StatisticsReport(Protocol):
    """A "Thống kê báo cáo" page of the officer's unit: a period chosen, its table read by column headers."""

    def choose_period(self, first: str, last: str) -> None:
        """dd/mm/yyyy both; returns once the page shows exactly that period."""

    def rows(self, first: str, last: str) -> list[dict[str, str]]: ...


class ProgressReport(StatisticsReport, Protocol):
    """"Tiến độ giải quyết", whose file the officer can also save."""

    def download(self, kind: str, folder: Path) -> Path:
        """kind is what the officer presses ("Xuất Excel", "Xuất CSV"); the saved file's path."""


class BackOfficeSystem(Protocol):
    """One officer's browser page on the province's one-stop system."""

    def open_login(self) -> None:
        """The login page, as a stranger reaches it."""

    def enter_credentials(self, account: Account) -> None:
        """On the login page: the officer's name and password, up to the home page."""

    def open_home(self) -> BackOfficeMenu: ...

    def home(self) -> BackOfficeMenu:
        """The home page or menu the browser shows now."""

    def open_queue(self, group: str, entry: str) -> DossierQueue:
        """The menu entry's queue, reached through the menu as the officer reaches it."""

    def open_entry_address(self, group: str, entry: str) -> None:
        """The menu entry's address typed in, as an officer without the entry in their menu could."""

    def dossier(self, ma_ho_so: str | None = None) -> OfficerDossier:
        """The dossier page the browser shows (checked to be `ma_ho_so`'s when given)."""

    def slip(self) -> IssuedSlip: ...

    def result_document(self) -> ResultDocument: ...

    def send_directly(self, ma_ho_so: str, action: str, reason: str = "") -> APIResponse:
        """The action's request sent straight to the server with the officer's session, as a crafted request
        would be (no page offers it), so that the server's own check is what answers."""

    def open_progress_report(self) -> ProgressReport:
        """"Thống kê báo cáo › Tiến độ giải quyết", reached through the menu."""

    def open_indicators(self, unit_name: str) -> StatisticsReport:
        """"Thống kê báo cáo › Theo dõi chỉ tiêu DVC trực tuyến" (QĐ 766) of the officer's unit."""

    def request_report_of(self, unit_code: str) -> APIResponse:
        """"Tiến độ giải quyết" asked for another unit (by its mã định danh) with the officer's session, as a
        crafted request would ask (no page offers it), so that the server's own scope check answers."""
