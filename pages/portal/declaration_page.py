"""Portal page "Kê khai thông tin" (after "Nộp hồ sơ"): the procedure, the agency, and the owner block
"Thông tin định danh" pre-filled from VNeID; or, for an account that may not submit, the refusal."""

from playwright.sync_api import Locator, Page, expect

OWNER_FIELDS = ("Họ và tên", "Số giấy tờ", "Ngày tháng năm sinh", "Giới tính", "Quốc tịch", "Loại giấy tờ",
                "Địa chỉ chi tiết")


class DeclarationPage:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.heading = page.get_by_role("heading", name="Kê khai thông tin", level=1)
        self.procedure_block = page.get_by_role("region", name="Thủ tục hành chính")
        self.procedure_name = self.procedure_block.get_by_label("Tên thủ tục", exact=True)
        self.agency_name = self.procedure_block.get_by_label("Cơ quan thực hiện", exact=True)
        self.owner_block = page.get_by_role("region", name="Thông tin định danh")
        self.refusal = page.get_by_role("main").get_by_role("alert")

    def owner_field(self, label: str) -> Locator:
        return self.owner_block.get_by_label(label, exact=True)

    def owner_values(self) -> dict[str, str]:
        expect(self.owner_block).to_be_visible()
        return {label: self.owner_field(label).input_value() for label in OWNER_FIELDS}
