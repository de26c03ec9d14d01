"""The home page and the frame every portal page shares, plain as the real ones: the hero search known by its
placeholder, the three yellow buttons, the life-event groups, and the header's two banners with "Đăng nhập" a
button inside a link."""

from fastapi.testclient import TestClient

from tests.sandbox.portal.page_dom import Element, parse

PLACEHOLDER = "Nhập từ khoá tìm kiếm thủ tục hành chính"


def home(client: TestClient) -> Element:
    return parse(client.get("/").text)


def test_the_hero_search_is_a_field_known_by_its_placeholder(client: TestClient) -> None:
    page = home(client)
    field = page.find("input", placeholder=PLACEHOLDER)
    form = field.parent

    assert form.tag == "form" and form.attrs["action"] == "/tim-kiem" and field.attrs["name"] == "q"
    assert form.find("a").text() == "Tìm kiếm nâng cao"
    assert form.find("button").attrs["type"] == "submit"
    assert page.find_all("label") == [] and "role" not in form.attrs


def test_the_three_yellow_buttons(client: TestClient) -> None:
    buttons = [a.text() for a in home(client).find("div", **{"class": "cta-row"}).find_all("a")]

    assert buttons == ["Dịch vụ công trực tuyến", "Thủ tục hành chính của Đảng",
                       "Dịch vụ công liên thông: Khai sinh, Khai tử"]


def test_the_life_event_groups_list_the_real_events_and_each_finds_procedures(client: TestClient) -> None:
    main = home(client).find("main")
    groups = {title: main.find_text(title).next_element().find_all("a") for title in ("CÔNG DÂN", "DOANH NGHIỆP")}

    assert [main.find_text(title).tag for title in groups] == ["div", "div"]
    assert [a.text() for a in groups["CÔNG DÂN"]][:3] == ["Có con nhỏ", "Học tập", "Việc làm"]
    assert [a.text() for a in groups["DOANH NGHIỆP"]][-1] == "Tạm dừng, chấm dứt hoạt động"
    for link in groups["CÔNG DÂN"] + groups["DOANH NGHIỆP"]:
        assert "Có 0 kết quả" not in client.get(link.attrs["href"]).text, link.text()


def test_the_header_has_two_banners_and_dang_nhap_is_a_button_inside_a_link(client: TestClient) -> None:
    page = home(client)
    top_bar, main_nav = page.find_all("header")
    login = top_bar.find("button")

    assert login.text() == "Đăng nhập" and login.parent.tag == "a"
    assert login.parent.attrs["href"] == "/dang-nhap?next=/"
    assert top_bar.find_all("nav") == [] and len(main_nav.find_all("nav")) == 1
    assert [entry.tag for entry in main_nav.find("ul").elements] == ["li"] * 5
    assert [entry.text() for entry in main_nav.find("ul").elements][1:] == [
        "Thông tin và dịch vụ", "Thanh toán trực tuyến", "Phản ánh kiến nghị", "Hỗ trợ"]
    named = [element for element in page.find_all() if "aria-label" in element.attrs]
    assert named == [page.find("section", aria_label="Notifications Alt+T")]


def test_the_sandbox_banner_stays_and_is_no_landmark(client: TestClient) -> None:
    banner = home(client).find_text("MÔI TRƯỜNG THỬ NGHIỆM — không phải Cổng Dịch vụ công quốc gia thật; mọi dữ liệu "
                                    "là giả lập.")

    assert banner.tag == "div" and "role" not in banner.attrs and "aria-label" not in banner.attrs


def test_the_footer_names_the_owner_and_the_hotline(client: TestClient) -> None:
    footer = home(client).find("footer")

    assert footer.text() == "Cơ quan chủ quản: Trung tâm dữ liệu quốc gia - Bộ Công an. Tổng đài hỗ trợ: 18001096"
