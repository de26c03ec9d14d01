"""The portal's JSON API: the `{code, message, data}` envelope, cursor paging, full records, provinces."""

from fastapi.testclient import TestClient

from sandbox.catalog.loader import Catalog
from tests.sandbox.catalog.support import procedure_id

LIST = "/api/v1/submitting/formality/list-all-public-formality-by-citizen"
DETAIL = "/api/v1/configuring/formality/get-formality-by-citizen"
PROVINCES = "/api/v1/configuring/province-vn/list-by-citizen"


def test_a_search_answers_in_the_portal_s_envelope_with_its_own_rows(client: TestClient) -> None:
    body = client.post(LIST, json={"limit": 20, "lastId": "", "q": "đăng ký khai sinh"}).json()

    assert body["code"] == "OK" and body["message"] == "OK"
    assert body["data"]["total"] == 11 and len(body["data"]["items"]) == 11
    row = body["data"]["items"][0]
    assert set(row) >= {"id", "name", "code", "codeNotation", "categories", "departments", "departmentPromulgate",
                        "formalityTargetType", "state", "type"}
    assert row["name"] == "Thủ tục đăng ký khai sinh"


def test_paging_by_last_id_walks_every_row_once_and_ends_with_an_empty_page(client: TestClient) -> None:
    seen, last_id = [], ""
    while True:
        data = client.post(LIST, json={"limit": 4, "lastId": last_id, "q": "dang ky khai sinh"}).json()["data"]
        if not data["items"]:
            break
        assert data["lastId"] == data["items"][-1]["id"]
        seen += [item["id"] for item in data["items"]]
        last_id = data["lastId"]

    assert len(seen) == len(set(seen)) == 11
    assert data["lastId"] == ""


def test_the_whole_list_holds_the_public_procedures_only(client: TestClient, catalog: Catalog) -> None:
    data = client.post(LIST, json={"limit": 200}).json()["data"]

    assert data["total"] == len(catalog.public)
    assert not any(item["type"] == "STANDARD_INTERNAL" for item in data["items"])


def test_a_last_id_from_elsewhere_is_refused_in_the_envelope(client: TestClient) -> None:
    response = client.post(LIST, json={"limit": 10, "lastId": "khong-co", "q": "khai sinh"})

    assert response.status_code == 400
    assert response.json()["code"] == "INVALID_LAST_ID"


def test_the_filters_by_category_and_formality_type_apply(client: TestClient) -> None:
    specific = client.post(LIST, json={"limit": 200, "formalityType": "SPECIFIC", "q": "đất"}).json()["data"]
    category = "019d2bbb-69ee-7079-a6b0-d9177954f319"  # Đăng ký, quản lý cư trú (G01-CA05)
    residence = client.post(LIST, json={"limit": 200, "categoryId": category}).json()["data"]

    assert specific["items"] and all(item["type"] == "SPECIFIC" for item in specific["items"])
    assert "Đăng ký thường trú" in [item["name"] for item in residence["items"]]
    assert all(category in item["categoryIds"] for item in residence["items"])


def test_a_full_record_is_served_as_crawled(client: TestClient, catalog: Catalog) -> None:
    body = client.post(DETAIL, json={"id": procedure_id(catalog, "1.004222")}).json()

    assert body["code"] == "OK"
    assert body["data"]["code"] == "1.004222"
    assert [m["fees"][0]["value"] for m in body["data"]["executionMethods"]] == [10000, 20000]


def test_internal_unknown_and_undetailed_procedures_are_not_found(client: TestClient, catalog: Catalog) -> None:
    for procedure in (procedure_id(catalog, "5.003863"), "khong-co", procedure_id(catalog, "3.000616")):
        response = client.post(DETAIL, json={"id": procedure})
        assert response.status_code == 404
        assert response.json()["code"] == "NOT_FOUND" and response.json()["data"] is None


def test_the_34_provinces_come_with_gso_codes_and_uuids(client: TestClient) -> None:
    rows = client.post(PROVINCES).json()["data"]["rows"]

    assert len(rows) == 34
    assert {"id": "019bad30-cd82-76ed-b1cc-14070f806e01", "name": "Thành phố Hà Nội", "code": "01",
            "state": "ACTIVE"} in rows
