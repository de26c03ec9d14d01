"""The procedure detail page in the real portal's markup (DOMAIN §1.2.1, reference/portal-dom/): the name the only
h3 of main, label/value divs, ten h4 sections with their content as next sibling, unnamed tables found by their
column headers, times and fees as the real page writes them, and nothing named that the real page leaves unnamed."""

import re

import pytest
from fastapi.testclient import TestClient

from sandbox.catalog.loader import Catalog
from tests.sandbox.catalog.support import procedure_id
from tests.sandbox.portal.page_dom import Element, parse

LABELS = ["Tên thủ tục", "Mã thủ tục", "Số quyết định", "Cấp thực hiện", "Loại thủ tục", "Lĩnh vực",
          "Đối tượng thực hiện", "Cơ quan có thẩm quyền", "Địa chỉ tiếp nhận HS", "Cơ quan được ủy quyền",
          "Cơ quan phối hợp"]
SECTIONS = ["Thủ tục hành chính liên quan", "Trình Tự Thực Hiện", "Cách Thức Thực Hiện", "Thành phần hồ sơ",
            "Căn cứ pháp lý", "Cơ quan thực hiện", "Yêu cầu, điều kiện thực hiện", "Kết quả xử lý", "Từ khóa",
            "Mô tả"]
BOLD = "font-weight: bold;"


def page_of(client: TestClient, catalog: Catalog, code: str) -> Element:
    response = client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}")
    assert response.status_code == 200
    return parse(response.text)


def detail(client: TestClient, catalog: Catalog, code: str) -> Element:
    return page_of(client, catalog, code).find("main")


def info(main: Element) -> dict[str, str]:
    """Each label (bold by inline style) and the div after it."""
    return {label.text(): label.next_element().text() for label in main.find_all("div", style=BOLD)}


def section(main: Element, title: str) -> Element:
    """A section's content: the next sibling of its h4."""
    return next(h4 for h4 in main.find_all("h4") if h4.text() == title).next_element()


def table_with(main: Element, header: str) -> Element:
    tables = [table for table in main.find_all("table") if header in [th.text() for th in table.find_all("th")]]
    assert len(tables) == 1, header
    return tables[0]


def methods(main: Element) -> dict[str, list[str]]:
    rows = table_with(main, "Hình thức nộp").find("tbody").find_all("tr")
    return {cells[0]: cells[1:] for cells in ([td.text() for td in row.find_all("td")] for row in rows)}


def test_the_info_grid_has_the_portal_s_labels_in_order_each_once(client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")

    assert list(info(main)) == LABELS
    for label in LABELS:
        assert len(main.find_all_text(label)) == 1, label
    assert main.find_all("th", scope="row") == [] and main.find_all("dl") == []


def test_the_values_of_1_004222_are_those_of_the_real_page(client: TestClient, catalog: Catalog) -> None:
    page = page_of(client, catalog, "1.004222")
    main = page.find("main")
    # tests/contract/captures/detail-thuong-tru.html: empty values stay empty there.
    expected = {
        "Mã thủ tục": "1.004222", "Số quyết định": "1523/QĐ-BCA-C06", "Cấp thực hiện": "Cấp xã",
        "Loại thủ tục": "TTHC được luật giao quy định chi tiết", "Cơ quan có thẩm quyền": "Công an cấp Xã",
        "Lĩnh vực": "Đăng ký, quản lý cư trú",
        "Đối tượng thực hiện": "Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam",
        "Địa chỉ tiếp nhận HS": "", "Cơ quan được ủy quyền": "", "Cơ quan phối hợp": "",
    }

    assert [h3.text() for h3 in main.find_all("h3")] == ["Đăng ký thường trú"]
    assert page.find_all("h1") == [] and page.find_all("h2") == []
    assert expected.items() <= info(main).items()


def test_the_ten_sections_are_h4s_in_the_portal_s_order(client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")

    assert [h4.text() for h4 in main.find_all("h4")] == SECTIONS
    assert all(section(main, title).text() for title in SECTIONS)


def test_fees_and_times_of_1_004222(client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")
    rows = methods(main)
    online_fee = table_with(main, "Hình thức nộp").find("tbody").find("tr").find_all("td")[2].find("div")

    assert list(rows) == ["Trực tuyến", "Trực tiếp"]
    assert rows["Trực tuyến"][0] == rows["Trực tiếp"][0] == "7 Ngày làm việc"
    assert rows["Trực tuyến"][1] == ("10.000 Việt Nam Đồng (Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực "
                                     "tuyến thu 10.000 đồng/lần đăng ký.)")
    assert rows["Trực tiếp"][1].startswith("20.000 Việt Nam Đồng (Trường hợp công dân thuộc diện được miễn phí")
    assert [part.tag for part in online_fee.elements] == ["span", "br", "span"]


def test_the_100_dong_fee_of_the_record_is_shown_as_is(client: TestClient, catalog: Catalog) -> None:
    rows = methods(detail(client, catalog, "2.001610"))

    assert rows["Trực tuyến"][1].startswith("100 Việt Nam Đồng")
    assert rows["Dịch vụ bưu chính"][1].startswith("100.000 Việt Nam Đồng")


@pytest.mark.parametrize(("code", "channel", "time", "fee"), [
    ("1.115336", "Trực tuyến", "6.25 Ngày làm việc", "Miễn phí"),
    ("1.001193", "Trực tuyến", "1", "Miễn phí"),
    ("2.000986", "Trực tiếp", "20 Ngày", "Miễn phí"),
])
def test_fractional_days_other_units_and_free_procedures(client: TestClient, catalog: Catalog, code: str,
                                                         channel: str, time: str, fee: str) -> None:
    row = methods(detail(client, catalog, code))[channel]

    assert row[0] == time and row[1].startswith(fee)


def test_documents_are_one_table_per_case_under_its_h5(client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")
    cases = catalog.detail(catalog.by_code("1.004222"))["executionCases"]
    tables = section(main, "Thành phần hồ sơ").find_all("table")
    titles = [h5.text() for h5 in main.find_all("h5")]
    first = tables[0]

    assert titles[0] == "Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình"
    # The record's last case has a blank name; the real page titles it "--".
    assert titles[-1] == "--"
    assert [th.text() for th in first.find_all("th")] == ["Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng"]
    assert first.find("tbody").find("tr").find_all("td")[2].text() == "1 bản chính"
    assert len(tables) == len(titles) == len(cases)


def test_legal_bases_are_a_table_of_name_and_number(client: TestClient, catalog: Catalog) -> None:
    table = table_with(detail(client, catalog, "1.004222"), "Tên văn bản pháp lý")

    assert [th.text() for th in table.find_all("th")] == ["Tên văn bản pháp lý", "Mã văn bản"]
    assert "68/2020/QH14" in [row.find_all("td")[1].text() for row in table.find("tbody").find_all("tr")]


def test_results_carry_their_codes(client: TestClient, catalog: Catalog) -> None:
    results = section(detail(client, catalog, "1.004222"), "Kết quả xử lý").text()

    assert "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư Mã: KQ.G01.000064" in results


def test_empty_sections_say_khong_co_thong_tin(client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")

    # As on the real page; its "Mô tả" is empty although the record's description repeats the requirements.
    for title in ("Thủ tục hành chính liên quan", "Từ khóa", "Mô tả"):
        assert section(main, title).text() == "Không có thông tin", title
    assert section(main, "Yêu cầu, điều kiện thực hiện").text().startswith("Người thực hiện thủ tục đã được thu thập")


def test_a_procedure_without_a_record_says_its_details_are_not_in_the_sandbox(client: TestClient,
                                                                            catalog: Catalog) -> None:
    main = detail(client, catalog, "3.000616")

    assert main.find("h3").text() == "Thủ tục Hỗ trợ doanh nghiệp tham gia chuỗi cung ứng bán dẫn"
    assert "không có chi tiết của thủ tục này" in main.text()
    assert info(main)["Mã thủ tục"] == "3.000616" and info(main)["Số quyết định"] == ""
    assert "Sở Khoa học và Công nghệ" in section(main, "Cơ quan thực hiện").text()


def test_the_page_names_nothing_the_real_page_leaves_unnamed(client: TestClient, catalog: Catalog) -> None:
    page = page_of(client, catalog, "1.004222")
    named = [(element.tag, element.attrs) for element in page.find_all()
             if {"aria-label", "aria-labelledby", "title"} & element.attrs.keys()]
    roles = {element.attrs["role"] for element in page.find_all() if "role" in element.attrs}

    # The one name of the real page: react-toastify's region.
    assert named == [("section", {"class": "toasts", "aria-live": "polite", "aria-atomic": "false",
                                  "aria-relevant": "additions text", "aria-label": "Notifications Alt+T"})]
    assert roles <= {"listbox", "option", "alert"}
    assert [len(page.find_all(tag)) for tag in ("article", "aside", "label", "caption", "fieldset")] == [0] * 5
    assert len(page.find_all("header")) == 2 and len(page.find_all("main")) == 1


def test_unknown_and_internal_procedures_get_a_vietnamese_404(client: TestClient, catalog: Catalog) -> None:
    for procedure in ("khong-co", procedure_id(catalog, "5.003863")):
        response = client.get(f"/thu-tuc-hanh-chinh/{procedure}")
        assert response.status_code == 404
        assert parse(response.text).find("h1").text() == "Không tìm thấy thủ tục hành chính"


@pytest.mark.parametrize("code", ["1.001193", "1.001193.000.00.00.H01", " 1.001193"])
def test_the_old_detail_address_leads_to_the_new_page(client: TestClient, code: str) -> None:
    response = client.get("/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html", params={"ma_thu_tuc": code},
                          follow_redirects=False)

    # DOMAIN §1.3: 1.001193 Đăng ký khai sinh is 019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7 on the new portal.
    assert response.status_code == 301
    assert response.headers["location"] == "/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"


def test_the_most_searched_panel_names_the_promulgating_body_for_wide_and_narrow_screens(
        client: TestClient, catalog: Catalog) -> None:
    main = detail(client, catalog, "1.004222")
    titles = main.find_all_text("Tìm kiếm nhiều nhất")

    # Twice, as on the real page (one panel for wide screens, one for narrow ones), a plain title each time.
    assert [title.tag for title in titles] == ["div", "div"]
    for title in titles:
        first = title.next_element().find("li")
        assert first.text() == "Hỗ trợ phát triển sản xuất cộng đồng. UBND tỉnh Sơn La"
        assert re.fullmatch(r"/thu-tuc-hanh-chinh/[0-9a-f-]{36}", first.find("a").attrs["href"])
