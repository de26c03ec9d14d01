"""The agency a submission reaches (sandbox/catalog/receiving.py): the chosen one, unless the setup API has
mapped the procedure at that agency to another — then the dossier lands in the other agency's queue, under its
code, and the confirmation names it."""

from fastapi.testclient import TestClient

from tests.sandbox.eforms.support import details, log_in, running_portal

CODE = "1.003677"  # Khai báo tạm vắng: the generic form, no required file
WARD_POLICE, WARD_COMMITTEE = "000.21.31.H15", "000.20.31.H15"
ANSWER = {"trich_yeu": "Khai báo tạm vắng để đi làm xa (dữ liệu thử nghiệm)."}


def submit(client: TestClient) -> str:
    response = client.post(f"/nop-ho-so/{CODE}?co_quan={WARD_POLICE}", data=ANSWER, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def test_a_submission_reaches_the_chosen_agency(tmp_path) -> None:
    with running_portal(tmp_path) as portal:
        log_in(portal)

        shown = details(portal.get(submit(portal)).text)

    assert shown["Mã hồ sơ"].startswith(WARD_POLICE + "-")
    assert shown["Cơ quan tiếp nhận"] == "Công an Phường Tuy Hòa"


def test_a_procedure_mapped_elsewhere_sends_the_dossier_to_that_agency(tmp_path) -> None:
    with running_portal(tmp_path) as portal:
        log_in(portal)
        mapped = portal.put(f"/_setup/procedures/{CODE}/agencies/{WARD_POLICE}/receiving",
                            json={"receiving_unit_code": WARD_COMMITTEE})
        assert mapped.status_code == 200, mapped.text

        shown = details(portal.get(submit(portal)).text)
        portal.delete(f"/_setup/procedures/{CODE}/agencies/{WARD_POLICE}/receiving")
        again = details(portal.get(submit(portal)).text)

    assert shown["Mã hồ sơ"].startswith(WARD_COMMITTEE + "-")
    assert shown["Cơ quan tiếp nhận"] == "Ủy ban nhân dân Phường Tuy Hòa"
    assert again["Mã hồ sơ"].startswith(WARD_POLICE + "-")


def test_only_a_configured_agency_can_be_mapped_and_only_to_a_known_one(tmp_path) -> None:
    with running_portal(tmp_path) as portal:
        not_configured = portal.put(f"/_setup/procedures/{CODE}/agencies/{WARD_COMMITTEE}/receiving",
                                    json={"receiving_unit_code": WARD_POLICE})
        unknown = portal.put(f"/_setup/procedures/{CODE}/agencies/{WARD_POLICE}/receiving",
                             json={"receiving_unit_code": "000.99.99.H15"})

    assert not_configured.status_code == 409
    assert unknown.status_code == 404
