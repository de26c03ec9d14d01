"""The home page: the hero search, the three yellow buttons, the life-event groups."""

from fastapi.testclient import TestClient

from tests.sandbox.portal.page_dom import parse


def test_the_hero_search_has_a_named_input_an_advanced_link_and_a_magnifier(client: TestClient) -> None:
    page = parse(client.get("/").text)
    form = page.find("form", role="search")
    field = form.find("input", type="search")

    assert field.attrs["placeholder"] == "Nhập từ khoá tìm kiếm thủ tục hành chính"
    assert page.find("label", **{"for": field.attrs["id"]}).text()
    assert form.attrs["action"] == "/tim-kiem" and field.attrs["name"] == "q"
    assert form.find("a").text() == "Tìm kiếm nâng cao"
    assert form.find("button", aria_label="Tìm kiếm").attrs["type"] == "submit"


def test_the_three_yellow_buttons(client: TestClient) -> None:
    buttons = [a.text() for a in parse(client.get("/").text).find("ul", **{"class": "cta-row"}).find_all("a")]

    assert buttons == ["Dịch vụ công trực tuyến", "Thủ tục hành chính của Đảng",
                       "Dịch vụ công liên thông: Khai sinh, Khai tử"]


def test_the_life_event_groups_list_the_real_events_and_each_finds_procedures(client: TestClient) -> None:
    page = parse(client.get("/").text)
    groups = {section.find("h2").text(): section.find_all("a") for section in page.find_all("section")
              if section.attrs.get("class") == "life-event-group"}

    assert list(groups) == ["CÔNG DÂN", "DOANH NGHIỆP"]
    assert [a.text() for a in groups["CÔNG DÂN"]][:3] == ["Có con nhỏ", "Học tập", "Việc làm"]
    assert [a.text() for a in groups["DOANH NGHIỆP"]][-1] == "Tạm dừng, chấm dứt hoạt động"
    for link in groups["CÔNG DÂN"] + groups["DOANH NGHIỆP"]:
        assert "Có 0 kết quả" not in client.get(link.attrs["href"]).text, link.text()
