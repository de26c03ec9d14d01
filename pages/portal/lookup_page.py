""""Tra cứu hồ sơ": the status the national portal holds for a dossier (Mã hồ sơ and the owner's Số giấy tờ).

The national copy is filled by the provinces' sync, later than the change: `wait_for_status` asks again and
again, each answer watched with a web-first assertion for one poll interval, until the environment's
`status_sync` deadline.
"""

import time

from playwright.sync_api import Page, expect


class LookupPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.code_field = page.get_by_role("textbox", name="Mã hồ sơ", exact=True)
        self.owner_field = page.get_by_role("textbox", name="Số giấy tờ của chủ hồ sơ", exact=True)
        self.search_button = page.get_by_role("button", name="Tra cứu", exact=True)
        self.result = page.get_by_role("region", name="Kết quả tra cứu", exact=True)
        self.status = self.result.get_by_label("Trạng thái", exact=True)
        self.not_found = page.get_by_role("main").get_by_role("alert")

    def load(self, portal_url: str) -> None:
        self.page.goto(f"{portal_url}/tra-cuu-ho-so")
        expect(self.search_button).to_be_visible()

    def look_up(self, ma_ho_so: str, so_giay_to: str) -> None:
        self.code_field.fill(ma_ho_so)
        self.owner_field.fill(so_giay_to)
        self.search_button.click()

    def status_of(self, ma_ho_so: str, so_giay_to: str) -> str:
        """The status the national portal shows now; empty while it does not know the dossier."""
        self.look_up(ma_ho_so, so_giay_to)
        expect(self.status.or_(self.not_found)).to_be_visible()
        return self.status.inner_text().strip() if self.status.count() else ""

    def wait_for_status(self, ma_ho_so: str, so_giay_to: str, expected: str, deadline_ms: int,
                        poll_interval_ms: int) -> None:
        deadline = time.monotonic() + deadline_ms / 1000
        while True:
            self.look_up(ma_ho_so, so_giay_to)
            expect(self.status.or_(self.not_found)).to_be_visible()
            remaining_ms = (deadline - time.monotonic()) * 1000
            try:
                expect(self.status).to_have_text(expected, timeout=max(min(poll_interval_ms, remaining_ms), 1))
                return
            except AssertionError:
                if time.monotonic() >= deadline:
                    raise AssertionError(
                        f"Quá {deadline_ms} ms, Tra cứu hồ sơ {ma_ho_so} vẫn chưa cho trạng thái \"{expected}\"."
                    ) from None
