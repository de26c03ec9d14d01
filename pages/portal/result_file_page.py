"""The result document a citizen downloads ("Tải kết quả"), opened as the citizen would open the file: the
document's facts and its "Chữ ký số", each value by its label."""

from playwright.sync_api import Page, expect


class ResultFilePage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.document = page.get_by_role("article")
        self.title = self.document.get_by_role("heading", level=1)
        self.signature_block = self.document.get_by_role("region", name="Chữ ký số", exact=True)

    def show(self, html: str) -> None:
        self.page.set_content(html)
        expect(self.title).to_be_visible()

    def value(self, label: str) -> str:
        return self.document.get_by_label(label, exact=True).inner_text().strip()

    def signature_value(self, label: str) -> str:
        return self.signature_block.get_by_label(label, exact=True).inner_text().strip()
