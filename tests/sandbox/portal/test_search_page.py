"""The search results page, plain as the real one looks (reference/screens/tthc-search-khai-sinh.png): the count
line and the names after it, "Hiển thị [10 ▾] trên N văn bản", the pager "Trang ‹ Trước | Sau ›" with no page
number, and a missing keyword asked for in a toast."""

import re

from fastapi.testclient import TestClient

from tests.sandbox.portal.page_dom import Element, parse

COUNT_LINE = re.compile(r'^Có \d+ kết quả cho từ khóa ".*"$')
TOASTS = "Notifications Alt+T"


def results_page(client: TestClient, **params: str) -> Element:
    response = client.get("/tim-kiem", params=params)
    assert response.status_code == 200
    return parse(response.text)


def count_line(page: Element) -> Element:
    return page.find("main").find_text(COUNT_LINE)


def listed(page: Element) -> list[str]:
    """The names are the links of the block right after the count line."""
    return [link.text() for link in count_line(page).next_element().find_all("a")]


def pager_button(page: Element, name: str) -> Element:
    return next(button for button in page.find("div", **{"class": "pager"}).find_all("button") if button.text() == name)


def toasts(page: Element) -> list[str]:
    return [alert.text() for alert in page.find("section", aria_label=TOASTS).find_all(role="alert")]


def test_the_count_line_reads_as_the_real_portal_writes_it(client: TestClient) -> None:
    page = results_page(client, q="đăng ký khai sinh")

    assert count_line(page).text() == 'Có 11 kết quả cho từ khóa "đăng ký khai sinh"'
    assert listed(page)[0] == "Thủ tục đăng ký khai sinh" and len(listed(page)) == 10
    assert page.find_all("h1") == [] and [e for e in page.find("main").find_all() if "aria-label" in e.attrs] == []


def test_the_pages_together_list_as_many_results_as_the_count_line_says(client: TestClient) -> None:
    first, second = results_page(client, q="dang ky khai sinh"), results_page(client, q="dang ky khai sinh", page="2")

    assert len(listed(first)) + len(listed(second)) == 11
    assert not set(listed(first)) & set(listed(second))


def test_the_pager_says_trang_and_no_page_number(client: TestClient) -> None:
    page = results_page(client, q="dang ky khai sinh", page="2")

    assert page.find("div", **{"class": "pager"}).text() == "Trang Trước Sau"
    assert re.search(r"Trang \d+\s*/\s*\d+", page.find("main").text()) is None


def test_previous_is_disabled_on_the_first_page_and_next_on_the_last(client: TestClient) -> None:
    first, last = results_page(client, q="khai sinh"), results_page(client, q="khai sinh", page="2")

    assert "disabled" in pager_button(first, "Trước").attrs
    assert pager_button(first, "Sau").attrs["data-href"] == "?q=khai+sinh&limit=10&page=2"
    assert "disabled" not in pager_button(first, "Sau").attrs
    assert "disabled" in pager_button(last, "Sau").attrs
    assert pager_button(last, "Trước").attrs["data-href"] == "?q=khai+sinh&limit=10&page=1"


def test_rows_per_page_is_a_select_of_10_20_50_between_its_words(client: TestClient) -> None:
    page = results_page(client, q="giấy phép", limit="20")
    footer = page.find("form", **{"class": "page-size"})
    options = footer.find("select").find_all("option")

    assert [option.text() for option in options] == ["10", "20", "50"]
    assert [option.text() for option in options if "selected" in option.attrs] == ["20"]
    assert len(listed(page)) == 20
    assert footer.text() == "Hiển thị 10 20 50 trên 903 văn bản"


def test_a_bad_page_or_size_in_the_address_still_gives_a_list(client: TestClient) -> None:
    past_the_end = results_page(client, q="đăng ký khai sinh", page="99")
    nonsense = results_page(client, q="đăng ký khai sinh", page="abc", limit="7")

    assert listed(past_the_end) == listed(results_page(client, q="đăng ký khai sinh", page="2"))
    assert len(listed(nonsense)) == 10


def test_no_match_says_so_in_vietnamese(client: TestClient) -> None:
    page = results_page(client, q="qwxz không có")

    assert count_line(page).text() == 'Có 0 kết quả cho từ khóa "qwxz không có"'
    assert count_line(page).next_element().text().startswith(
        'Không tìm thấy thủ tục hành chính nào phù hợp với từ khóa "qwxz không có"')


def test_an_empty_keyword_is_asked_for_in_a_toast(client: TestClient) -> None:
    page = results_page(client, q="   ")

    assert toasts(page) == ["Vui lòng nhập từ khoá tìm kiếm: tên thủ tục hành chính (có dấu hoặc không dấu) "
                            "hoặc mã thủ tục."]
    assert page.find("main").find_all_text(COUNT_LINE) == []


def test_the_chosen_page_size_is_kept_for_the_next_search(client: TestClient) -> None:
    page = results_page(client, q="", limit="50")

    assert page.find("input", name="limit").attrs["value"] == "50"


def test_without_a_keyword_parameter_the_page_invites_a_search(client: TestClient) -> None:
    page = parse(client.get("/tra-cuu-thu-tuc/danh-sach", params={"showAdvanced": "true"}).text)

    assert toasts(page) == [] and page.find("main").find_all_text(COUNT_LINE) == []
    assert page.find("input", name="q").attrs["placeholder"] == "Nhập từ khoá tìm kiếm thủ tục hành chính"


def test_internal_procedures_are_not_found_by_code(client: TestClient) -> None:
    assert count_line(results_page(client, q="5.003863")).text().startswith("Có 0 kết quả")


def test_the_breadcrumb_reads_trang_chu_danh_cho_cong_dan(client: TestClient) -> None:
    wide, narrow = results_page(client, q="khai sinh").find("section", **{"class": "breadcrumb-area"}).find_all("nav")

    assert [crumb.text() for crumb in wide.elements] == ["Trang chủ", "Dành cho công dân"]
    assert narrow.text() == "Dành cho công dân"
    assert "aria-label" not in wide.attrs and "aria-label" not in narrow.attrs


def test_the_old_search_address_leads_to_the_new_one(client: TestClient) -> None:
    response = client.get("/p/home/dvc-tim-kiem-thu-tuc.html", params={"key": "khai sinh"}, follow_redirects=False)

    assert response.status_code == 301 and response.headers["location"] == "/tim-kiem?q=khai+sinh"
