"""The page "Kê khai thông tin" (after "Nộp hồ sơ"): the procedure and the agency, the owner block "Thông tin
định danh" pre-filled from VNeID, the e-form's fields by label (a field inside a titled group as "Nhóm › Nhãn"),
comboboxes through the combobox widget, files per thành phần hồ sơ, and "Lưu và nộp hồ sơ"."""

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from pages.widgets.combobox import Combobox

GROUP_SEPARATOR = " › "
OWNER_FIELDS = ("Họ và tên", "Số giấy tờ", "Ngày tháng năm sinh", "Giới tính", "Quốc tịch", "Loại giấy tờ",
                "Địa chỉ chi tiết")
UPLOADED = re.compile(r"^Đã tải lên: (.+?)\s*Xóa$", re.DOTALL)


class EFormPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Kê khai thông tin", level=1)
        procedure = page.get_by_role("region", name="Thủ tục hành chính", exact=True)
        self.procedure_name = procedure.get_by_label("Tên thủ tục", exact=True)
        self.agency_name = procedure.get_by_label("Cơ quan thực hiện", exact=True)
        self.owner_block = page.get_by_role("region", name="Thông tin định danh", exact=True)
        self.declaration = page.get_by_role("region", name="Thông tin kê khai", exact=True)
        self.attachments = page.get_by_role("region", name="Thành phần hồ sơ", exact=True)
        self.submit_button = page.get_by_role("button", name="Lưu và nộp hồ sơ", exact=True)
        self.problem = page.get_by_role("main").get_by_role("alert").filter(has_text="Hồ sơ chưa nộp được")

    def owner_field(self, label: str) -> Locator:
        return self.owner_block.get_by_label(label, exact=True)

    def owner_values(self) -> dict[str, str]:
        expect(self.owner_block).to_be_visible()
        return {label: self.owner_field(label).input_value() for label in OWNER_FIELDS}

    def _scope_and_label(self, key: str) -> tuple[Locator, str]:
        group, _, label = key.rpartition(GROUP_SEPARATOR)
        scope = self.declaration.get_by_role("group", name=group, exact=True) if group else self.declaration
        return scope, label

    def _control(self, key: str) -> tuple[Locator, Combobox | None]:
        """The field's textbox, or its combobox widget, once the form shows either."""
        scope, label = self._scope_and_label(key)
        textbox = scope.get_by_role("textbox", name=label, exact=True)
        choice = Combobox(scope, label)
        expect(textbox.or_(choice.control)).to_be_visible()
        return (textbox, None) if textbox.count() else (choice.control, choice)

    def answer(self, key: str, value: str) -> None:
        control, choice = self._control(key)
        if choice:
            choice.choose(value)
        else:
            control.fill(value)

    def fill(self, answers: dict[str, str]) -> None:
        for key, value in answers.items():
            self.answer(key, value)

    def value(self, key: str) -> str:
        control, choice = self._control(key)
        return choice.value() if choice else control.input_value()

    def field_error(self, key: str) -> str:
        """The message the portal put next to a field: its accessible description, once it is marked invalid."""
        control, _ = self._control(key)
        expect(control).to_have_attribute("aria-invalid", "true")
        return control.evaluate(
            "element => (element.getAttribute('aria-describedby') || '').split(' ')"
            ".map(id => document.getElementById(id)?.textContent.trim() || '').join(' ').trim()")

    def component(self, name: str) -> Locator:
        """A thành phần hồ sơ by (the start of) its name."""
        return self.attachments.get_by_role("group", name=name)

    def attach(self, component: str, path: Path | list[Path]) -> None:
        self.component(component).get_by_label("Tệp đính kèm", exact=True).set_input_files(path)

    def component_error(self, component: str) -> str:
        alert = self.component(component).get_by_role("alert")
        expect(alert).to_be_visible()
        return alert.inner_text().strip()

    def uploaded_files(self, component: str) -> list[str]:
        """The files already uploaded for a component ("Đã tải lên: <tên tệp>"), which need no new upload."""
        items = self.component(component).get_by_role("list", name="Tệp đã tải lên").get_by_role("listitem")
        expect(items.first).to_be_visible()
        return [UPLOADED.match(" ".join(text.split())).group(1) for text in items.all_inner_texts()]

    def submit(self) -> None:
        self.submit_button.click()
