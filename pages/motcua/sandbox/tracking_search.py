"""The search of "Theo dõi hồ sơ › Theo dõi tất cả hồ sơ" (a box labelled "Mã hồ sơ hoặc mã hồ sơ khác"), whose
results add the column "Mã hồ sơ khác", and the facts of a dossier's page read all at once ("Thông tin hồ sơ":
labels and values, a migrated dossier's among them)."""

from playwright.sync_api import Page, expect

from pages.motcua.sandbox.dossier_page import OfficerDossierPage
from pages.widgets.retry import click_to_leave
from pages.widgets.table import table_rows

ENTRY = "Theo dõi tất cả hồ sơ"


class TrackingSearch:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.content = page.get_by_role("main")
        self.form = self.content.get_by_role("search", name="Tìm hồ sơ", exact=True)
        self.field = self.form.get_by_label("Mã hồ sơ hoặc mã hồ sơ khác", exact=True)
        self.button = self.form.get_by_role("button", name="Tìm kiếm", exact=True)
        self.table = self.content.get_by_role("table", name=ENTRY, exact=True)

    def search(self, text: str) -> list[dict[str, str]]:
        """The rows found for `text`, read once the page answers for it: rows that hold it, or the sentence that
        none has it."""
        self.field.fill(text)
        click_to_leave(self.button)
        none_found = self.content.get_by_text(f"Không có hồ sơ nào có mã “{text}”.", exact=True)
        found = self.table.get_by_role("row").filter(has=self.page.get_by_role("cell")).filter(has_text=text)
        expect(found.or_(none_found).first).to_be_visible()
        expect(self.field).to_have_value(text)
        return table_rows(self.table) if found.count() else []

    def address_of(self, ma_ho_so: str) -> str:
        """Where the result's link for a dossier leads (opened in a tab of its own)."""
        return self.table.get_by_role("link", name=ma_ho_so, exact=True).get_attribute("href") or ""


def dossier_facts(page: Page, ma_ho_so: str) -> dict[str, str]:
    """Every label and value of "Thông tin hồ sơ" on the loaded page of that dossier."""
    dossier = OfficerDossierPage(page, ma_ho_so)
    dossier.expect_loaded()
    labels = dossier.facts.get_by_role("term").all_inner_texts()
    values = dossier.facts.get_by_role("definition").all_inner_texts()
    return {label.strip(): value.strip() for label, value in zip(labels, values, strict=True)}
