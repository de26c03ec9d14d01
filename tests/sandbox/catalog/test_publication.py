"""Publication of procedures (sandbox/catalog/publication.py, its setup API): a procedure taken off the portal is
gone from its search, detail page, public API and submission; published again under a new decision, the portal
names that decision."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.catalog.loader import Catalog
from tests.sandbox.catalog.support import procedure_id
from tests.sandbox.eforms.support import log_in, running_portal

CODE = "1.010039"  # Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu…, 9354/QĐ-BCA-C06, at Công an Phường Tuy Hòa
WARD_POLICE = "000.21.31.H15"
LIST = "/api/v1/submitting/formality/list-all-public-formality-by-citizen"
DETAIL = "/api/v1/configuring/formality/get-formality-by-citizen"


@pytest.fixture
def portal(tmp_path: Path):
    with running_portal(tmp_path) as client:
        log_in(client)
        yield client


def listed_codes(client: TestClient, q: str) -> list[str]:
    return [row["code"].strip() for row in client.post(LIST, json={"q": q, "limit": 50}).json()["data"]["items"]]


def unpublish(client: TestClient, code: str = CODE) -> dict:
    response = client.put(f"/_setup/procedures/{code}/publication", json={"published": False})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_fresh_sandbox_publishes_the_catalogue_under_the_decision_of_each_record(fresh_client: TestClient) -> None:
    state = fresh_client.get(f"/_setup/procedures/{CODE}/publication").json()

    assert (state["published"], state["decision_no"], state["decision_date"]) == (True, "9354/QĐ-BCA-C06",
                                                                                   "2025-11-20")


def test_an_internal_procedure_is_not_published_and_cannot_be(fresh_client: TestClient) -> None:
    assert fresh_client.get("/_setup/procedures/5.003863/publication").json()["published"] is False

    refused = fresh_client.put("/_setup/procedures/5.003863/publication", json={"published": True,
                                                                                "decision_no": "1/QĐ-BCA"})

    assert refused.status_code == 422
    assert "nội bộ" in refused.json()["detail"]


def test_an_unpublished_procedure_is_gone_from_every_public_place(portal: TestClient, catalog: Catalog) -> None:
    uuid = procedure_id(catalog, CODE)
    assert CODE in listed_codes(portal, CODE)

    assert unpublish(portal)["published"] is False

    assert CODE not in listed_codes(portal, CODE)
    assert CODE not in listed_codes(portal, "")
    assert portal.post(DETAIL, json={"id": uuid}).status_code == 404
    assert portal.get(f"/thu-tuc-hanh-chinh/{uuid}").status_code == 404
    assert portal.get(f"/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc={CODE}",
                      follow_redirects=False).status_code == 404
    assert f"/thu-tuc-hanh-chinh/{uuid}" not in portal.get("/tim-kiem", params={"q": CODE}).text
    assert portal.get(f"/nop-ho-so/{CODE}", params={"co_quan": WARD_POLICE}).status_code == 404


def test_published_again_under_a_new_decision_the_portal_names_it(portal: TestClient, catalog: Catalog) -> None:
    unpublish(portal)

    answer = portal.put(f"/_setup/procedures/{CODE}/publication",
                        json={"published": True, "decision_no": "125/QĐ-BCA-C06", "decision_date": "2026-10-01"})

    assert answer.json() | {"name": ""} == {"code": CODE, "name": "", "published": True,
                                            "decision_no": "125/QĐ-BCA-C06", "decision_date": "2026-10-01"}
    record = portal.post(DETAIL, json={"id": procedure_id(catalog, CODE)}).json()["data"]
    assert record["procedureProposal"]["proposalNumber"] == "125/QĐ-BCA-C06"
    assert "125/QĐ-BCA-C06" in portal.get(f"/thu-tuc-hanh-chinh/{procedure_id(catalog, CODE)}").text


def test_published_again_without_a_number_keeps_the_current_decision(fresh_client: TestClient) -> None:
    unpublish(fresh_client)

    answer = fresh_client.put(f"/_setup/procedures/{CODE}/publication", json={"published": True}).json()

    assert (answer["published"], answer["decision_no"]) == (True, "9354/QĐ-BCA-C06")


@pytest.mark.parametrize("number", ["9354", "QĐ-BCA-C06", "9354/QD BCA"])
def test_a_decision_number_not_in_the_official_shape_is_refused(fresh_client: TestClient, number: str) -> None:
    refused = fresh_client.put(f"/_setup/procedures/{CODE}/publication",
                               json={"published": True, "decision_no": number})

    assert refused.status_code == 422
    assert "1523/QĐ-BCA-C06" in refused.json()["detail"]


def test_unpublishing_twice_is_the_same_as_once(fresh_client: TestClient) -> None:
    assert unpublish(fresh_client) == unpublish(fresh_client)


def test_an_unknown_code_is_404(fresh_client: TestClient) -> None:
    assert fresh_client.put("/_setup/procedures/1.999999/publication", json={"published": False}).status_code == 404
