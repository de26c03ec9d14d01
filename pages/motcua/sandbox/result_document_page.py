"""The signed result of a dossier as the back office shows it: the document's facts, and its "Chữ ký số"
(người ký, chứng thư số, thời điểm ký, mã băm), each value by its label."""

from playwright.sync_api import Page, expect

SIGNATURE_FIELDS = ("Người ký", "Chức vụ", "Chứng thư số", "Số hiệu chứng thư", "Thời điểm ký", "Thuật toán",
                    "Mã băm (SHA-256)")


class ResultDocumentPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.document = page.get_by_role("article")
        self.title = self.document.get_by_role("heading", level=1)
        self.signature_block = self.document.get_by_role("region", name="Chữ ký số", exact=True)

    def value(self, label: str) -> str:
        expect(self.title).to_be_visible()
        return self.document.get_by_label(label, exact=True).inner_text().strip()

    def signature(self) -> dict[str, str]:
        expect(self.signature_block).to_be_visible()
        return {label: self.signature_block.get_by_label(label, exact=True).inner_text().strip()
                for label in SIGNATURE_FIELDS}
