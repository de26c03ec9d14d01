"""One-stop back office after login: the officer and unit in the header, and the side menu "Chức năng" of
the officer's roles (groups as headings, entries as links)."""

from playwright.sync_api import Locator, Page, expect

from pages.motcua.sandbox.addresses import entry_address
from pages.widgets.retry import click_to_leave


class BackOfficeHome:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.banner = page.get_by_role("banner")
        self.officer_name = self.banner.get_by_label("Cán bộ", exact=True)
        self.unit_name = self.banner.get_by_label("Đơn vị", exact=True)
        self.menu = page.get_by_role("navigation", name="Chức năng")
        self.menu_headings = self.menu.get_by_role("heading")
        self.content = page.get_by_role("main")
        self.refusal = self.content.get_by_role("alert")

    def load(self, motcua_url: str) -> None:
        self.page.goto(f"{motcua_url}/")

    def menu_group(self, group: str) -> Locator:
        return self.menu.get_by_role("heading", name=group, exact=True)

    def entries_of(self, group: str) -> Locator:
        return self.menu.get_by_role("list", name=group, exact=True).get_by_role("link")

    def menu_groups(self) -> list[str]:
        expect(self.menu).to_be_visible()
        return self.menu_headings.all_inner_texts()

    def menu_items(self, group: str) -> list[str]:
        return self.entries_of(group).all_inner_texts()

    def open_entry(self, group: str, entry: str) -> None:
        link = self.menu.get_by_role("list", name=group, exact=True).get_by_role("link", name=entry, exact=True)
        click_to_leave(link)

    def open_entry_address(self, motcua_url: str, group: str, entry: str) -> None:
        """Type the entry's address, as someone without the entry in their menu could."""
        self.page.goto(entry_address(motcua_url, group, entry))
