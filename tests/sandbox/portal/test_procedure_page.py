"""The procedure detail page: info table, sections in order, times and fees as the portal writes them."""

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


def detail(client: TestClient, catalog: Catalog, code: str) -> Element:
    response = client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}")
    assert response.status_code == 200
    return parse(response.text)


def info(page: Element) -> dict[str, str]:
    table = page.find("table", **{"class": "info-table"})
    return {th.text(): td.text() for row in table.find_all("tr")
            for th, td in zip(row.find_all("th"), row.find_all("td"), strict=False)}


def methods(page: Element) -> dict[str, list[str]]:
    rows = page.find("section", aria_labelledby="cach-thuc-thuc-hien").find("tbody").find_all("tr")
    return {cells[0]: cells[1:] for cells in ([td.text() for td in row.find_all("td")] for row in rows)}


def test_the_info_table_has_the_portal_s_row_headers_in_order(client: TestClient, catalog: Catalog) -> None:
    headers = detail(client, catalog, "1.004222").find("table", **{"class": "info-table"}).find_all("th")

    assert [th.text() for th in headers] == LABELS
    assert {th.attrs["scope"] for th in headers} == {"row"}


def test_the_values_of_1_004222_are_those_of_the_real_page(client: TestClient, catalog: Catalog) -> None:
    page = detail(client, catalog, "1.004222")
    # DOMAIN §1.2 and the reference screenshot detail-thuong-tru.png.
    expected = {
        "Mã thủ tục": "1.004222", "Số quyết định": "1523/QĐ-BCA-C06", "Cấp thực hiện": "Cấp xã",
        "Loại thủ tục": "TTHC được luật giao quy định chi tiết", "Cơ quan có thẩm quyền": "Công an cấp Xã",
        "Đối tượng thực hiện": "Người Việt Nam định cư ở nước ngoài, Công dân Việt Nam",
        "Cơ quan phối hợp": "Không có thông tin",
    }

    assert page.find("h1").text() == "Đăng ký thường trú"
    assert expected.items() <= info(page).items()


def test_the_sections_come_in_the_portal_s_order(client: TestClient, catalog: Catalog) -> None:
    titles = [h2.text() for h2 in detail(client, catalog, "1.004222").find("article").find_all("h2")]

    assert titles == SECTIONS


def test_fees_and_times_of_1_004222(client: TestClient, catalog: Catalog) -> None:
    rows = methods(detail(client, catalog, "1.004222"))

    assert list(rows) == ["Trực tuyến", "Trực tiếp"]
    assert rows["Trực tuyến"][0] == "7 Ngày làm việc"
    assert rows["Trực tuyến"][1].startswith("10.000 Việt Nam Đồng (Trường hợp công dân nộp hồ sơ qua cổng")
    assert rows["Trực tiếp"][1].startswith("20.000 Việt Nam Đồng")


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


def test_documents_are_one_table_per_case_with_quantities(client: TestClient, catalog: Catalog) -> None:
    tables = detail(client, catalog, "1.004222").find("section", aria_labelledby="thanh-phan-ho-so").find_all("table")
    first = tables[0]

    assert first.find("caption").text() == "Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình"
    assert [th.text() for th in first.find_all("th")] == ["Tên giấy tờ", "Mẫu đơn, tờ khai", "Số lượng"]
    assert first.find("tbody").find("tr").find_all("td")[2].text() == "1 bản chính"
    assert len(tables) == len(catalog.detail(catalog.by_code("1.004222"))["executionCases"])


def test_results_carry_their_codes(client: TestClient, catalog: Catalog) -> None:
    results = detail(client, catalog, "1.004222").find("section", aria_labelledby="ket-qua-xu-ly").text()

    assert "Cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư Mã: KQ.G01.000064" in results


def test_empty_fields_say_khong_co_thong_tin(client: TestClient, catalog: Catalog) -> None:
    page = detail(client, catalog, "1.004222")

    assert page.find("section", aria_labelledby="thu-tuc-lien-quan").find("p").text() == "Không có thông tin"
    assert page.find("section", aria_labelledby="tu-khoa").find("p").text() == "Không có thông tin"


def test_a_procedure_without_a_record_says_its_details_are_not_in_the_sandbox(client: TestClient,
                                                                            catalog: Catalog) -> None:
    page = detail(client, catalog, "3.000616")

    assert page.find("h1").text() == "Thủ tục Hỗ trợ doanh nghiệp tham gia chuỗi cung ứng bán dẫn"
    assert "không có chi tiết của thủ tục này" in page.find("article").find(role="note").text()
    assert info(page)["Mã thủ tục"] == "3.000616" and info(page)["Số quyết định"] == "Không có thông tin"
    assert "Sở Khoa học và Công nghệ" in page.find("section", aria_labelledby="co-quan-thuc-hien").text()


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


def test_the_most_searched_panel_names_the_promulgating_body(client: TestClient, catalog: Catalog) -> None:
    panel = detail(client, catalog, "1.004222").find("section", aria_labelledby="tim-kiem-nhieu-nhat")

    assert panel.find("h2").text() == "Tìm kiếm nhiều nhất"
    assert panel.find("li").text() == "Hỗ trợ phát triển sản xuất cộng đồng. UBND tỉnh Sơn La"
