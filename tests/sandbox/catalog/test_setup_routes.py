"""The setup API of the configuration: list, configure and unconfigure a procedure at an agency."""

from fastapi.testclient import TestClient

EA_KAR_POLICE = "000.21.33.H15"


def configured(client: TestClient, code: str) -> list[str]:
    return [agency["code"] for agency in client.get(f"/_setup/procedures/{code}/agencies").json()["agencies"]]


def test_configuring_and_unconfiguring_an_agency(fresh_client: TestClient) -> None:
    added = fresh_client.put(f"/_setup/procedures/1.004194/agencies/{EA_KAR_POLICE}")

    assert added.status_code == 200 and EA_KAR_POLICE in configured(fresh_client, "1.004194")
    assert added.json()["code"] == "1.004194" and added.json()["name"] == "Đăng ký tạm trú"

    removed = fresh_client.delete(f"/_setup/procedures/1.004194/agencies/{EA_KAR_POLICE}")

    assert removed.status_code == 200 and EA_KAR_POLICE not in configured(fresh_client, "1.004194")


def test_unconfiguring_twice_is_harmless(fresh_client: TestClient) -> None:
    for _ in range(2):
        assert fresh_client.delete(f"/_setup/procedures/1.004194/agencies/{EA_KAR_POLICE}").status_code == 200


def test_a_leading_space_code_is_reached_by_its_clean_form(fresh_client: TestClient) -> None:
    response = fresh_client.get("/_setup/procedures/1.014325/agencies")

    assert response.status_code == 200 and response.json()["code"] == "1.014325"


def test_unknown_procedures_and_agencies_are_refused_in_vietnamese(fresh_client: TestClient) -> None:
    unknown_procedure = fresh_client.get("/_setup/procedures/9.999999/agencies")
    unknown_agency = fresh_client.put("/_setup/procedures/1.004194/agencies/000.99.99.H99")

    assert unknown_procedure.status_code == 404 and "Không có thủ tục" in unknown_procedure.json()["detail"]
    assert unknown_agency.status_code == 404 and "Không có cơ quan" in unknown_agency.json()["detail"]


def test_an_offline_only_procedure_cannot_be_configured(fresh_client: TestClient) -> None:
    response = fresh_client.put(f"/_setup/procedures/2.000986/agencies/{EA_KAR_POLICE}")

    assert response.status_code == 409 and "trực tiếp" in response.json()["detail"]
