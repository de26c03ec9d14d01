"""The "Chọn cơ quan thực hiện" panel of a procedure: province or ministry, then ward or department, then
"Nộp hồ sơ". It lists only agencies where the procedure is configured for online submission."""

from playwright.sync_api import Page, expect

from pages.widgets.combobox import Combobox

WARD, DEPARTMENT = "Phường/ Xã", "Sở"


class AgencyPanel:
    def __init__(self, page: Page) -> None:
        self.region = page.get_by_role("region", name="Chọn cơ quan thực hiện", exact=True)
        self.by_province = self.region.get_by_role("radio", name="Tỉnh/ Thành phố", exact=True)
        self.province = Combobox(self.region, "Tỉnh/ Thành phố")
        self.levels = {level: self.region.get_by_role("radio", name=level, exact=True) for level in (WARD, DEPARTMENT)}
        self.agency_boxes = {level: Combobox(self.region, level) for level in (WARD, DEPARTMENT)}
        self.submit_button = self.region.get_by_role("button", name="Nộp hồ sơ", exact=True)
        self.error = self.region.get_by_role("alert")

    def choose_province(self, province: str) -> None:
        self.by_province.check()
        self.province.choose(province)

    def agencies(self, province: str, level: str = WARD) -> list[str]:
        """The wards ("Phường/ Xã") or departments ("Sở") of a province that the panel offers."""
        self.choose_province(province)
        self.levels[level].check()
        return self.agency_boxes[level].options()

    def choose(self, province: str, agency: str, level: str = WARD) -> None:
        self.choose_province(province)
        self.levels[level].check()
        self.agency_boxes[level].choose(agency)

    def submit(self) -> None:
        self.submit_button.click()

    def offers_online_submission(self) -> bool:
        expect(self.region).to_be_visible()
        return self.submit_button.is_visible()

    def field_error(self) -> str:
        expect(self.error).not_to_be_empty()
        return self.error.inner_text().strip()
