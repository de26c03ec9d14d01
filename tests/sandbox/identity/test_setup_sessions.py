"""Setup API for sessions: the cookie it hands out opens the same pages a login would, for known accounts only."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import CITIZEN, OWN_PAGE, add_citizen, add_officer


def open_session(client: TestClient, system: str, login: str):
    return client.post("/_setup/sessions", json={"system": system, "login": login})


def test_a_citizen_session_opens_the_citizen_pages_as_that_citizen(client: TestClient) -> None:
    add_citizen(client)

    response = open_session(client, "portal", CITIZEN["so_dinh_danh"])

    assert response.status_code == 201
    cookie = response.json()
    assert (cookie["name"], cookie["path"]) == ("dvc_phien", "/")
    client.cookies.set(cookie["name"], cookie["value"])
    page = client.get(OWN_PAGE, follow_redirects=False)
    assert page.status_code == 200 and "Trần Thị Mai" in page.text


def test_an_officer_session_opens_the_back_office_as_that_officer(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    cookie = open_session(client, "motcua", "motcua.tuyhoa").json()

    assert (cookie["name"], cookie["path"]) == ("motcua_phien", "/motcua")
    client.cookies.set(cookie["name"], cookie["value"])
    home = client.get("/motcua/", follow_redirects=False)
    assert home.status_code == 200 and 'aria-labelledby="tk-can-bo">Lê Văn Nam</dd>' in home.text


def test_no_cookie_no_page(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    assert client.get("/motcua/", follow_redirects=False).status_code in (302, 303, 307)


def test_unknown_accounts_and_systems_are_refused(client: TestClient) -> None:
    assert open_session(client, "portal", "066190009999").status_code == 404
    assert open_session(client, "portal", "066190009999").json()["detail"] == (
        "Không có công dân số định danh 066190009999.")
    assert open_session(client, "motcua", "khong.co").status_code == 404
    assert open_session(client, "vneid", "khong.co").status_code == 422
