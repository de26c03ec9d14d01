"""A portal page that only says why something did not happen: a login that failed or was declined, a submission
the portal refuses (a level-1 account, an agency that has not adopted online submission)."""

from playwright.sync_api import Page


class NoticePage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.message = page.get_by_role("main").get_by_role("alert")
