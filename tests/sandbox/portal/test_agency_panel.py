""""Chọn cơ quan thực hiện": ARIA comboboxes offering only agencies where the procedure is configured."""

from fastapi.testclient import TestClient

from sandbox.catalog.loader import Catalog
from tests.sandbox.catalog.support import procedure_id
from tests.sandbox.portal.page_dom import Element, parse

EA_KAR_POLICE = "000.21.33.H15"
HINT = "Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến"


def panel(client: TestClient, catalog: Catalog, code: str) -> Element:
    page = parse(client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}").text)
    return page.find("section", aria_labelledby="chon-co-quan-thuc-hien")


def wards(client: TestClient, catalog: Catalog, code: str, province: str = "66", level: str = "WARD") -> list[str]:
    response = client.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, code)}/co-quan-thuc-hien",
                          params={"tinh": province, "cap": level})
    return [item["label"] for item in response.json()["items"]]


def test_the_panel_has_the_portal_s_radios_comboboxes_hint_and_button(client: TestClient, catalog: Catalog) -> None:
    region = panel(client, catalog, "1.004194")
    radios = [label.text() for label in region.find_all("label")]
    boxes = region.find_all("button", role="combobox")

    assert region.find("h2").text() == "Chọn cơ quan thực hiện"
    assert radios == ["Tỉnh/ Thành phố", "Bộ ngành", "Phường/ Xã", "Sở"]
    assert [box.text() for box in boxes] == ["-- Chọn Tỉnh/ Thành phố --", "-- Chọn Phường/ Xã --"]
    for box in boxes:
        assert box.attrs["aria-haspopup"] == "listbox" and box.attrs["aria-expanded"] == "false"
        assert region.find(id=box.attrs["aria-labelledby"]).text() in ("Tỉnh/ Thành phố", "Phường/ Xã")
        assert region.find(id=box.attrs["aria-controls"]).attrs["role"] == "listbox"
    assert region.find("p", **{"class": "hint-red"}).text() == HINT
    assert region.find("button", type="submit").text() == "Nộp hồ sơ"
    assert region.find(role="alert").text() == ""


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
