"""The procedure detail page objects read the real portal's page of 1.004222 (the capture, JavaScript off and on),
and read the same values on the sandbox's page of that procedure: what they learned holds on the real markup."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from pages.portal.agency_panel import DEPARTMENT, PROVINCE, WARD, AgencyPanel
from pages.portal.header import PortalHeader
from pages.portal.procedure_detail_page import ProcedureDetailPage
from tests.contract.conftest import DETAIL_PATH, open_context

CHANNELS = ("Trực tuyến", "Trực tiếp")
# As the real page shows them (tests/contract/captures/detail-thuong-tru.html).
INFO = {
    "Tên thủ tục": "Đăng ký thường trú",
    "Mã thủ tục": "1.004222",
    "Số quyết định": "1523/QĐ-BCA-C06",
    "Cấp thực hiện": "Cấp xã",
    "Loại thủ tục": "TTHC được luật giao quy định chi tiết",
    "Lĩnh vực": "Đăng ký, quản lý cư trú",
    "Đối tượng thực hiện": "Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam",
    "Cơ quan có thẩm quyền": "Công an cấp Xã",
    "Địa chỉ tiếp nhận HS": "",
    "Cơ quan được ủy quyền": "",
    "Cơ quan phối hợp": "",
}
FEES = {
    "Trực tuyến": "10.000 Việt Nam Đồng\n(Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 "
                  "đồng/lần đăng ký.)",
    "Trực tiếp": "20.000 Việt Nam Đồng\n(Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông "
                 "tư số 75/2022/TT-BTC ngày 22/12/2022 quy định mức thu, chế độ thu, nộp và quản lý lệ phí đăng ký "
                 "cư trú được sửa đổi, bổ sung tại Thông tư số 71/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính thì "
                 "công dân phải xuất trình giấy tờ chứng minh thuộc diện được miễn trừ trường hợp thông tin đã có "
                 "trong Cơ sở dữ liệu quốc gia về dân cư hoặc Cơ sở dữ liệu quốc gia, cơ sở)",
}
SECTIONS = ["Thủ tục hành chính liên quan", "Trình Tự Thực Hiện", "Cách Thức Thực Hiện", "Thành phần hồ sơ",
            "Căn cứ pháp lý", "Cơ quan thực hiện", "Yêu cầu, điều kiện thực hiện", "Kết quả xử lý", "Từ khóa",
            "Mô tả"]
PICKERS = ["-- Chọn Tỉnh/ Thành phố --", "-- Chọn Phường/ Xã --"]
RADIOS = {PROVINCE: ("searchType", "PROVINCE"), "Bộ ngành": ("searchType", "MINISTRY"),
          WARD: ("commune", "WARD"), DEPARTMENT: ("commune", "OTHER")}
TARGETS = {
    "real page, JavaScript off": ("capture", False),
    "real page, JavaScript on": ("capture", True),
    "sandbox, JavaScript off": ("sandbox", False),
    "sandbox, JavaScript on": ("sandbox", True),
}


@pytest.fixture(scope="module", params=list(TARGETS))
def detail_page(request: pytest.FixtureRequest, chromium: Browser, capture_origin: str,
                sandbox_portal: str) -> Iterator[Page]:
    """The detail page of 1.004222, loaded once per target for the module's reads."""
    where, javascript = TARGETS[request.param]
    context = open_context(chromium, javascript)
    page = context.new_page()
    page.goto((capture_origin if where == "capture" else sandbox_portal) + DETAIL_PATH)
    yield page
    context.close()


def test_the_name_is_read_from_the_page_s_only_h3(detail_page: Page) -> None:
    assert ProcedureDetailPage(detail_page).name() == "Đăng ký thường trú"


def test_every_value_of_the_info_grid_is_read_by_its_label(detail_page: Page) -> None:
    procedure = ProcedureDetailPage(detail_page)

    assert {label: procedure.info(label) for label in INFO} == INFO


def test_time_and_fee_with_all_its_parts_for_each_channel(detail_page: Page) -> None:
    procedure = ProcedureDetailPage(detail_page)

    assert {channel: procedure.processing_time_for(channel) for channel in CHANNELS} == dict.fromkeys(
        CHANNELS, "7 Ngày làm việc")
    assert {channel: procedure.fee_for(channel) for channel in CHANNELS} == FEES


def test_the_ten_sections_in_order(detail_page: Page) -> None:
    assert ProcedureDetailPage(detail_page).sections() == SECTIONS


def test_the_agency_panel_s_pickers_radios_and_nop_ho_so(detail_page: Page) -> None:
    panel = AgencyPanel(detail_page)

    assert panel.offers_online_submission()
    assert panel.pickers() == PICKERS
    for word, (group, value) in RADIOS.items():
        radio = panel.radio(word)
        expect(radio).to_have_count(1)
        expect(radio).to_have_accessible_name("")
        assert (radio.get_attribute("name"), radio.get_attribute("value")) == (group, value), word
    expect(panel.radio(WARD)).to_be_checked()


def test_the_header_offers_one_dang_nhap_and_no_citizen(detail_page: Page) -> None:
    header = PortalHeader(detail_page)

    expect(header.login_button).to_have_count(1)
    expect(header.user_button).to_have_count(0)
