"""The emulated VNeID app: the account's own number and password show the code its login is waiting for."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import (
    CITIZEN,
    PASSWORD,
    add_citizen,
    login_code,
    start_vneid_login,
    submit_password,
)

NUMBER = CITIZEN["so_dinh_danh"]
APP = "/vneid/ung-dung/ma-xac-nhan"


def test_the_app_shows_the_code_the_login_waits_for(client: TestClient) -> None:
    add_citizen(client)
    start_vneid_login(client)
    submit_password(client, NUMBER)

    answer = client.post(APP, data={"so_dinh_danh": NUMBER, "mat_khau": PASSWORD})

    assert answer.status_code == 200
    assert answer.json() == {"ma_xac_nhan": login_code(client, NUMBER)}


def test_no_login_waiting_means_no_code(client: TestClient) -> None:
    add_citizen(client)

    assert client.post(APP, data={"so_dinh_danh": NUMBER, "mat_khau": PASSWORD}).status_code == 404


def test_a_wrong_password_or_number_shows_nothing_and_does_not_lock_the_web_login(client: TestClient) -> None:
    add_citizen(client)
    start_vneid_login(client)
    submit_password(client, NUMBER)

    for number, password in ((NUMBER, "sai-mat-khau"), ("001099000000", PASSWORD)) * 3:
        answer = client.post(APP, data={"so_dinh_danh": number, "mat_khau": password})
        assert answer.status_code == 401 and "ma_xac_nhan" not in answer.text

    start_vneid_login(client)
    assert "Nhập mã xác nhận đăng nhập" in submit_password(client, NUMBER).text
