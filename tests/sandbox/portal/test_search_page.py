"""The search results page: heading, list, "Hiển thị [10 ▾] trên N văn bản", the pager, and bad input."""

from fastapi.testclient import TestClient

from tests.sandbox.portal.page_dom import Element, parse


def results_page(client: TestClient, **params: str) -> Element:
    response = client.get("/tim-kiem", params=params)
    assert response.status_code == 200
    return parse(response.text)


def listed(page: Element) -> list[str]:
    return [link.text() for link in page.find("ul", aria_label="Kết quả tìm kiếm").find_all("a")]


def pager_link(page: Element, name: str) -> Element:
    return next(a for a in page.find("nav", aria_label="Phân trang").find_all("a") if a.text().strip("‹› ") == name)


def test_the_heading_counts_the_results_as_the_real_portal_writes_it(client: TestClient) -> None:
    page = results_page(client, q="đăng ký khai sinh")

    assert page.find("h1").text() == 'Có 11 kết quả cho từ khóa "đăng ký khai sinh"'
    assert listed(page)[0] == "Thủ tục đăng ký khai sinh" and len(listed(page)) == 10


def test_the_pages_together_list_as_many_results_as_the_heading_counts(client: TestClient) -> None:
    first, second = results_page(client, q="dang ky khai sinh"), results_page(client, q="dang ky khai sinh", page="2")

    assert len(listed(first)) + len(listed(second)) == 11
    assert not set(listed(first)) & set(listed(second))
    assert "Trang 2/2" in second.find("nav", aria_label="Phân trang").text()


def test_previous_is_disabled_on_the_first_page_and_next_on_the_last(client: TestClient) -> None:
    first, last = results_page(client, q="khai sinh"), results_page(client, q="khai sinh", page="2")

    assert pager_link(first, "Trước").attrs == {"role": "link", "aria-disabled": "true"}
    assert pager_link(first, "Sau").attrs["href"] == "?q=khai+sinh&limit=10&page=2"
    assert pager_link(last, "Sau").attrs.get("aria-disabled") == "true"
    assert pager_link(last, "Trước").attrs["href"] == "?q=khai+sinh&limit=10&page=1"


def test_rows_per_page_is_a_named_select_of_10_20_50(client: TestClient) -> None:
    page = results_page(client, q="giấy phép", limit="20")
    select = page.find("select", aria_label="Số dòng mỗi trang")
    footer = select.find_all("option")

    assert [option.text() for option in footer] == ["10", "20", "50"]
    assert [option.text() for option in footer if "selected" in option.attrs] == ["20"]
    assert len(listed(page)) == 20
    assert "trên 903 văn bản" in page.find("form", **{"class": "page-size"}).text()


def test_a_bad_page_or_size_in_the_address_still_gives_a_list(client: TestClient) -> None:
    past_the_end = results_page(client, q="đăng ký khai sinh", page="99")
    nonsense = results_page(client, q="đăng ký khai sinh", page="abc", limit="7")

    assert listed(past_the_end) == listed(results_page(client, q="đăng ký khai sinh", page="2"))
    assert len(listed(nonsense)) == 10


def test_no_match_says_so_in_vietnamese(client: TestClient) -> None:
    page = results_page(client, q="qwxz không có")

    assert page.find("h1").text() == 'Có 0 kết quả cho từ khóa "qwxz không có"'
    assert page.find(role="status").text().startswith('Không tìm thấy thủ tục hành chính nào phù hợp với từ khóa')


def test_an_empty_keyword_asks_for_one_at_the_field(client: TestClient) -> None:
    page = results_page(client, q="   ")
    field = page.find("input", id="tu-khoa")

    assert page.find(role="alert").text().startswith("Vui lòng nhập từ khoá tìm kiếm")
    assert field.attrs["aria-invalid"] == "true" and field.attrs["aria-describedby"] == "tu-khoa-loi"
    assert page.find_all("h1") == []


def test_the_chosen_page_size_is_kept_for_the_next_search(client: TestClient) -> None:
    page = results_page(client, q="", limit="50")

    assert page.find("input", name="limit").attrs["value"] == "50"


def test_without_a_keyword_parameter_the_page_invites_a_search(client: TestClient) -> None:
    page = parse(client.get("/tra-cuu-thu-tuc/danh-sach", params={"showAdvanced": "true"}).text)

    assert page.find_all(role="alert") == [] and page.find_all("h1") == []
    assert page.find("input", id="tu-khoa").attrs["placeholder"] == "Nhập từ khoá tìm kiếm thủ tục hành chính"


def test_internal_procedures_are_not_found_by_code(client: TestClient) -> None:
    assert results_page(client, q="5.003863").find("h1").text().startswith("Có 0 kết quả")


def test_the_breadcrumb_reads_trang_chu_danh_cho_cong_dan(client: TestClient) -> None:
    trail = results_page(client, q="khai sinh").find("nav", aria_label="Đường dẫn").find_all("li")

    assert [item.text() for item in trail] == ["Trang chủ", "Dành cho công dân"]


def test_the_old_search_address_leads_to_the_new_one(client: TestClient) -> None:
    response = client.get("/p/home/dvc-tim-kiem-thu-tuc.html", params={"key": "khai sinh"}, follow_redirects=False)

    assert response.status_code == 301 and response.headers["location"] == "/tim-kiem?q=khai+sinh"
