"""An item on the officer's side: its facts and the forms "Phân loại và chuyển xử lý", "Trả lời",
"Từ chối tiếp nhận"."""

from playwright.sync_api import Locator, Page, expect

from pages.pakn.values import value_of
from pages.widgets.retry import click_to_leave


class PaknOfficerItemPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self, pakn_url: str, ma_so: str) -> None:
        self.page.goto(f"{pakn_url}/quan-tri/pakn/{ma_so}")
        expect(self.value("Mã số PAKN")).to_have_text(ma_so)

    def value(self, label: str) -> Locator:
        return value_of(self.page.get_by_role("main"), label)

    def form(self, name: str) -> Locator:
        return self.page.get_by_role("form", name=name, exact=True)

    def route(self, classification: str, unit: str) -> None:
        form = self.form("Phân loại và chuyển xử lý")
        form.get_by_label("Phân loại", exact=True).select_option(label=classification)
        form.get_by_label("Đơn vị xử lý", exact=True).select_option(label=unit)
        click_to_leave(form.get_by_role("button", name="Chuyển xử lý", exact=True))
        expect(self.value("Đơn vị xử lý")).to_have_text(unit)

    def answer(self, text: str, publication: str) -> None:
        form = self.form("Trả lời")
        form.get_by_label("Nội dung trả lời", exact=True).fill(text)
        form.get_by_label("Hình thức công khai", exact=True).select_option(label=publication)
        click_to_leave(form.get_by_role("button", name="Gửi trả lời", exact=True))
        expect(self.value("Trạng thái")).to_have_text("Đã trả lời")

    def refuse(self, reason: str) -> None:
        form = self.form("Từ chối tiếp nhận")
        form.get_by_label("Lý do từ chối", exact=True).fill(reason)
        click_to_leave(form.get_by_role("button", name="Từ chối tiếp nhận", exact=True))
        expect(self.value("Trạng thái")).to_have_text("Từ chối tiếp nhận")
