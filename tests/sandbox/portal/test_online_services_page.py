"""The "Dịch vụ công trực tuyến" list: tabs by audience, 20 a page."""

from fastapi.testclient import TestClient

from tests.sandbox.portal.page_dom import Element, parse


def services(client: TestClient, **params: str) -> Element:
    return parse(client.get("/dvc-dich-vu-cong-truc-tuyen", params=params).text)


def total(page: Element) -> int:
    footer = page.find("form", **{"class": "page-size"}).text()
    return int(footer.split("trên ")[1].split()[0])


def test_the_tabs_are_cong_dan_and_doanh_nghiep_the_first_selected(client: TestClient) -> None:
    tabs = services(client).find(role="tablist").find_all(role="tab")

    assert [(tab.text(), tab.attrs["aria-selected"]) for tab in tabs] == [("Công Dân", "true"),
                                                                          ("Doanh nghiệp", "false")]


def test_each_tab_lists_its_audience_20_a_page(client: TestClient) -> None:
    citizens, businesses = services(client), services(client, doi_tuong="doanh-nghiep")

    assert len(citizens.find("ul", aria_label="Danh sách dịch vụ công").find_all("li")) == 20
    assert citizens.find("form", **{"class": "page-size"}).find("option", selected="").text() == "20"
    assert total(citizens) != total(businesses) and min(total(citizens), total(businesses)) > 1000


def test_a_keyword_narrows_the_list(client: TestClient) -> None:
    listed = services(client, q="đăng ký thường trú").find("ul", aria_label="Danh sách dịch vụ công").find_all("a")

    assert "Đăng ký thường trú" in [link.text() for link in listed]


def test_party_procedures_have_their_own_list(client: TestClient) -> None:
    page = services(client, doi_tuong="to-chuc-dang")

    assert page.find("h1").text() == "Thủ tục hành chính của Đảng"
    assert total(page) > 0
