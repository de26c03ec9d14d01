"""The "Nhập mã xác nhận đăng nhập" dialog: wrong code, expired code, a new code, and the setup API's phone."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import CITIZEN, add_citizen, alerts, login_code, start_vneid_login, submit_password

NUMBER = CITIZEN["so_dinh_danh"]


def reach_login_code(client: TestClient) -> str:
    add_citizen(client)
    start_vneid_login(client)
    response = submit_password(client, NUMBER)
    assert 'role="dialog"' in response.text and "Nhập mã xác nhận đăng nhập" in response.text
    return login_code(client, NUMBER)


def other_code(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_there_is_no_code_before_the_password_step(client: TestClient) -> None:
    add_citizen(client)

    assert client.get(f"/_setup/vneid/otp/{NUMBER}").status_code == 404


def test_the_code_has_six_digits(client: TestClient) -> None:
    code = reach_login_code(client)

    assert len(code) == 6 and code.isdigit()


def test_a_wrong_code_is_refused_at_the_field_and_the_right_one_still_works(client: TestClient) -> None:
    code = reach_login_code(client)

    wrong = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": other_code(code)})
    right = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": code})

    assert wrong.status_code == 422
    assert 'aria-describedby="ma_xac_nhan-loi"' in wrong.text
    assert alerts(wrong.text) == ["Mã xác nhận không đúng. Vui lòng kiểm tra lại mã trên ứng dụng VNeID."]
    assert right.url.path == "/vneid/auth/dong-y"


def test_an_expired_code_is_refused_and_gui_lai_ma_gives_a_new_one(client: TestClient) -> None:
    code = reach_login_code(client)
    ttl = client.app.state.sandbox.settings.otp_ttl_seconds
    client.post("/_setup/clock", json={"advance_minutes": ttl / 60 + 0.1})

    expired = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": code})
    phone_after_expiry = client.get(f"/_setup/vneid/otp/{NUMBER}")
    resent = client.post("/vneid/auth/gui-lai-ma")
    accepted = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": login_code(client, NUMBER)})

    assert alerts(expired.text) == ['Mã xác nhận đã hết hiệu lực. Bấm "Gửi lại mã" để nhận mã mới.']
    assert phone_after_expiry.status_code == 404
    assert "Đã gửi mã xác nhận mới tới ứng dụng VNeID." in resent.text
    assert accepted.url.path == "/vneid/auth/dong-y"


def test_too_many_wrong_codes_void_the_code(client: TestClient) -> None:
    code = reach_login_code(client)
    for _ in range(client.app.state.sandbox.settings.max_failed_logins):
        client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": other_code(code)})

    response = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": code})

    assert alerts(response.text) == ['Mã xác nhận đã bị hủy do nhập sai nhiều lần. Bấm "Gửi lại mã" để nhận mã mới.']


def test_a_code_that_is_not_six_digits_is_refused(client: TestClient) -> None:
    reach_login_code(client)

    response = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": "12a"})

    assert alerts(response.text) == ["Mã xác nhận gồm 6 chữ số."]
