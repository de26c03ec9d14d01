""""Tra cứu hồ sơ": the status the national portal holds for a dossier (Mã hồ sơ and the owner's Số giấy tờ).

The national copy is filled by the provinces' sync, later than the change: the `wait_for_…` methods ask again
and again, each answer watched with a web-first assertion for one poll interval, until the environment's
`status_sync` deadline.
"""

import time
from collections.abc import Callable

from playwright.sync_api import Page, expect

from pages.widgets.table import table_rows

NO_PROGRESS = "Chưa có thông tin xử lý."


class LookupPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.code_field = page.get_by_role("textbox", name="Mã hồ sơ", exact=True)
        self.owner_field = page.get_by_role("textbox", name="Số giấy tờ của chủ hồ sơ", exact=True)
        self.search_button = page.get_by_role("button", name="Tra cứu", exact=True)
        self.result = page.get_by_role("region", name="Kết quả tra cứu", exact=True)
        self.status = self.result.get_by_label("Trạng thái", exact=True)
        self.progress_table = self.result.get_by_role("table", name="Quá trình xử lý", exact=True)
        self.progress_rows = self.progress_table.get_by_role("row").filter(
            has=page.get_by_role("cell")).filter(has_not_text=NO_PROGRESS)
        self.not_found = page.get_by_role("main").get_by_role("alert")

    def load(self, portal_url: str) -> None:
        self.page.goto(f"{portal_url}/tra-cuu-ho-so")
        expect(self.search_button).to_be_visible()

    def look_up(self, ma_ho_so: str, so_giay_to: str) -> None:
        """Ask for one dossier; returns once the page answers for that code (its result or its notice)."""
        self.code_field.fill(ma_ho_so)
        self.owner_field.fill(so_giay_to)
        with self.page.expect_navigation():
            self.search_button.click()
        expect(self.result.or_(self.not_found)).to_be_visible()
        expect(self.code_field).to_have_value(ma_ho_so)

    def fact(self, label: str) -> str:
        """A value of the result's list (Ngày tiếp nhận, Ngày hẹn trả …) as shown."""
        return self.result.get_by_label(label, exact=True).inner_text().strip()

    def progress(self) -> list[dict[str, str]]:
        return table_rows(self.progress_table)

    def wait_for_status(self, ma_ho_so: str, so_giay_to: str, expected: str, deadline_ms: int,
                        poll_interval_ms: int) -> None:
        self._poll(ma_ho_so, so_giay_to, lambda timeout: expect(self.status).to_have_text(expected, timeout=timeout),
                   f"trạng thái \"{expected}\"", deadline_ms, poll_interval_ms)

    def wait_for_progress(self, ma_ho_so: str, so_giay_to: str, entries: int, deadline_ms: int,
                          poll_interval_ms: int) -> None:
        """Until the national copy lists at least `entries` (≥ 1) progress entries: each change's
        CapNhatTienDoHoSoMC arrives after its DongBoHoSoMC, so the status can be there before its entry. More
        entries than expected end the wait too, for the comparison that follows to name them."""
        self._poll(ma_ho_so, so_giay_to,
                   lambda timeout: expect(self.progress_rows.nth(entries - 1)).to_be_visible(timeout=timeout),
                   f"đủ {entries} bước xử lý", deadline_ms, poll_interval_ms)

    def seen(self) -> str:
        """What the page answers now, in a few words: the status and how many progress entries, or its notice."""
        if self.result.is_visible():
            return (f"trạng thái “{self.status.inner_text().strip()}”, "
                    f"{self.progress_rows.count()} bước xử lý")
        return f"“{self.not_found.inner_text().strip()}”"

    def _poll(self, ma_ho_so: str, so_giay_to: str, check: Callable[[float], None], wanted: str,
              deadline_ms: int, poll_interval_ms: int) -> None:
        deadline = time.monotonic() + deadline_ms / 1000
        while True:
            self.look_up(ma_ho_so, so_giay_to)
            remaining_ms = (deadline - time.monotonic()) * 1000
            try:
                check(max(min(poll_interval_ms, remaining_ms), 1))
                return
            except AssertionError:
                if time.monotonic() >= deadline:
                    raise AssertionError(f"Quá {deadline_ms} ms, Tra cứu hồ sơ {ma_ho_so} vẫn chưa cho {wanted}: "
                                         f"lần tra cứu cuối cho {self.seen()}.") from None
