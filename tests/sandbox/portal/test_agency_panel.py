""""Chọn cơ quan thực hiện" in the real page's markup (DOMAIN §1.2.1): a plain title, an unnamed form, radios
without label or name beside their words, pickers named only by their text; it offers only agencies where the
procedure is configured."""

from fastapi.testclient import TestClient

from sandbox.catalog.loader import Catalog
from tests.sandbox.catalog.support import procedure_id
from tests.sandbox.portal.page_dom import Element, parse

EA_KAR_POLICE = "000.21.33.H15"
HINT = "Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến"
RADIOS = [("searchType", "PROVINCE", "Tỉnh/ Thành phố"), ("searchType", "MINISTRY", "Bộ ngành"),
          ("commune", "WARD", "Phường/ Xã"), ("commune", "OTHER", "Sở")]
UNNAMED = {"id", "aria-label", "aria-labelledby", "title", "role"}


def panel(client: TestClient, catalog: Catalog, code: str) -> Element:
    """The panel: the next sibling of its plain title."""
    page = parse(client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}").text)
    title = page.find("main").find_text("Chọn cơ quan thực hiện")
    assert title.tag == "div"
    return title.next_element()


def wards(client: TestClient, catalog: Catalog, code: str, province: str = "66", level: str = "WARD") -> list[str]:
    response = client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}/co-quan-thuc-hien",
                          params={"tinh": province, "cap": level})
    return [item["label"] for item in response.json()["items"]]


def test_the_radios_have_no_name_and_their_words_beside_them(client: TestClient, catalog: Catalog) -> None:
    form = panel(client, catalog, "1.004194").find("form")
    radios = form.find_all("input", type="radio")

    assert [(radio.attrs["name"], radio.attrs["value"], radio.parent.find("span").text()) for radio in radios] == RADIOS
    assert all(radio.attrs["class"] == "sr-only" and not UNNAMED & radio.attrs.keys() for radio in radios)
    assert [radio.attrs["value"] for radio in radios if "checked" in radio.attrs] == ["PROVINCE", "WARD"]
    assert form.find_all("label") == [] and form.find_all("fieldset") == []
    assert {"aria-label", "aria-labelledby", "role"}.isdisjoint(form.attrs)


def test_the_pickers_are_listbox_buttons_named_by_their_placeholder(client: TestClient, catalog: Catalog) -> None:
    form = panel(client, catalog, "1.004194").find("form")
    pickers = form.find_all("button", aria_haspopup="listbox")

    assert [picker.text() for picker in pickers] == ["-- Chọn Tỉnh/ Thành phố --", "-- Chọn Phường/ Xã --"]
    for picker in pickers:
        assert picker.attrs["aria-expanded"] == "false" and not UNNAMED & picker.attrs.keys()
        assert picker.next_element().attrs["role"] == "listbox" and "hidden" in picker.next_element().attrs
    assert "disabled" in pickers[1].attrs, "the agencies come once a province is chosen"


def test_the_hint_and_nop_ho_so_close_the_form(client: TestClient, catalog: Catalog) -> None:
    form = panel(client, catalog, "1.004194").find("form")

    assert form.find_text(HINT).tag == "div"
    assert form.elements[-1].tag == "button" and form.elements[-1].text() == "Nộp hồ sơ"
    assert form.find_all(role="alert") == []


def test_only_provinces_where_the_procedure_is_configured_are_offered(client: TestClient, catalog: Catalog) -> None:
    provinces = panel(client, catalog, "1.004194").find(role="listbox").find_all(role="option")

    assert [option.text() for option in provinces] == ["Thành phố Đồng Nai", "Tỉnh Đắk Lắk"]
    assert [option.attrs["data-value"] for option in provinces] == ["75", "66"]
    assert panel(client, catalog, "1.115336").find(role="listbox").find_all(role="option") == []


def test_the_wards_of_1_004194_leave_out_xa_ea_kar(client: TestClient, catalog: Catalog) -> None:
    offered = wards(client, catalog, "1.004194")

    assert "Phường Tuy Hòa" in offered and "Xã Ea Kar" not in offered
    assert "Xã Ea Kar" in wards(client, catalog, "1.004222")


def test_departments_are_offered_under_so(client: TestClient, catalog: Catalog) -> None:
    assert wards(client, catalog, "2.001610", level="PROVINCE") == ["Sở Tài chính"]
    assert wards(client, catalog, "2.001610") == []


def test_configuring_an_agency_makes_the_panel_offer_it(fresh_client: TestClient, catalog: Catalog) -> None:
    fresh_client.put(f"/_setup/procedures/1.004194/agencies/{EA_KAR_POLICE}")

    assert "Xã Ea Kar" in wards(fresh_client, catalog, "1.004194")

    fresh_client.delete(f"/_setup/procedures/1.004194/agencies/{EA_KAR_POLICE}")

    assert "Xã Ea Kar" not in wards(fresh_client, catalog, "1.004194")


def test_two_agencies_of_one_ward_are_told_apart_by_name(fresh_client: TestClient, catalog: Catalog) -> None:
    fresh_client.put("/_setup/procedures/1.004222/agencies/000.20.33.H15")

    offered = wards(fresh_client, catalog, "1.004222")

    assert {"Công an Xã Ea Kar", "Ủy ban nhân dân Xã Ea Kar", "Phường Tuy Hòa"} <= set(offered)


def test_nop_ho_so_submits_to_the_submission_page(client: TestClient, catalog: Catalog) -> None:
    form = panel(client, catalog, "1.004194").find("form")

    assert form.attrs["action"] == f"/nop-ho-so/{procedure_id(catalog, '1.004194')}"


def test_an_offline_only_procedure_has_no_nop_ho_so_and_says_why(client: TestClient, catalog: Catalog) -> None:
    region = panel(client, catalog, "2.000986")

    assert region.find_all("button") == []
    assert "không nộp hồ sơ trực tuyến" in region.text()
