"""The default configuration: the right agency per procedure, and the deliberate gap."""

from fastapi.testclient import TestClient


def agencies(client: TestClient, code: str) -> list[str]:
    response = client.get(f"/_setup/procedures/{code}/agencies")
    assert response.status_code == 200, response.text
    return [agency["name"] for agency in response.json()["agencies"]]


def test_police_procedures_are_at_the_ward_police(client: TestClient) -> None:
    for code in ("1.004222", "1.003677", "1.002755"):
        assert "Công an Xã Ea Kar" in agencies(client, code)
        assert not any(name.startswith("Ủy ban nhân dân") for name in agencies(client, code))


def test_1_004194_is_deliberately_not_configured_at_xa_ea_kar(client: TestClient) -> None:
    configured = agencies(client, "1.004194")

    assert {"Công an Phường Tuy Hòa", "Công an Phường Buôn Ma Thuột"} <= set(configured)
    assert not any("Ea Kar" in name for name in configured)


def test_civil_status_procedures_are_at_the_ward_people_s_committee(client: TestClient) -> None:
    assert "Ủy ban nhân dân Phường Tuy Hòa" in agencies(client, "1.001193")


def test_province_level_procedures_are_at_the_fitting_department(client: TestClient) -> None:
    assert agencies(client, "2.001610") == ["Sở Tài chính", "Sở Tài chính"]
    assert agencies(client, "2.001955").count("Sở Nội vụ") == 2
    assert "Sở Tư pháp" in agencies(client, "2.000635")


def test_offline_only_procedures_are_configured_nowhere(client: TestClient) -> None:
    assert agencies(client, "2.000986") == []


def test_a_province_s_own_procedure_is_configured_in_that_province_only(client: TestClient) -> None:
    # 1.115312 is Đắk Lắk's (H15), 1.115336 Gia Lai's (H21), where the sandbox seeds no agency.
    assert agencies(client, "1.115312") == ["Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk"]
    assert agencies(client, "1.115336") == []
