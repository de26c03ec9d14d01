"""Officer login to the one-stop back office: wrong password, lock-out, the home page, logout."""

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import PASSWORD, add_officer, alerts

WRONG = "khong-dung-2026"


def log_in(client: TestClient, username: str, password: str = PASSWORD):
    return client.post("/motcua/dang-nhap", data={"ten_dang_nhap": username, "mat_khau": password})


def test_the_login_page_has_its_title_and_fields(client: TestClient) -> None:
    page = client.get("/motcua/dang-nhap").text

    assert "Đăng nhập hệ thống Một cửa điện tử" in page
    assert ">Tên đăng nhập</label>" in page and ">Mật khẩu</label>" in page and ">Đăng nhập</button>" in page


def test_an_officer_logs_in_and_sees_their_name_and_unit(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    home = log_in(client, "motcua.tuyhoa")

    assert home.url.path == "/motcua/"
    assert 'aria-labelledby="tk-can-bo">Lê Văn Nam</dd>' in home.text
    assert 'aria-labelledby="tk-don-vi">Công an Phường Tuy Hòa</dd>' in home.text
    cookie = home.history[0].headers["set-cookie"].lower()
    assert "motcua_phien=" in cookie and "httponly" in cookie and "samesite=lax" in cookie and "path=/motcua" in cookie


def test_a_wrong_password_says_how_many_tries_are_left_and_keeps_the_username(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    response = log_in(client, "motcua.tuyhoa", WRONG)

    assert response.status_code == 401
    assert alerts(response.text) == ["Tên đăng nhập hoặc mật khẩu không đúng. Bạn còn 4 lần thử."]
    assert 'value="motcua.tuyhoa"' in response.text


def test_empty_fields_are_refused_at_the_fields(client: TestClient) -> None:
    response = client.post("/motcua/dang-nhap", data={})

    assert response.status_code == 422
    assert alerts(response.text) == ["Vui lòng nhập tên đăng nhập.", "Vui lòng nhập mật khẩu."]


def test_five_wrong_passwords_lock_the_account_until_the_clock_passes_the_lock(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    client.post("/_setup/clock", json={"now": "2026-11-12T14:05:00+07:00"})
    for _ in range(4):
        log_in(client, "motcua.tuyhoa", WRONG)

    locked = log_in(client, "motcua.tuyhoa", WRONG)
    while_locked = log_in(client, "motcua.tuyhoa")
    client.post("/_setup/clock", json={"advance_minutes": 30})
    after = log_in(client, "motcua.tuyhoa")

    message = ["Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 14:35."]
    assert (locked.status_code, alerts(locked.text)) == (423, message)
    assert alerts(while_locked.text) == message
    assert after.url.path == "/motcua/"


def test_the_back_office_sends_a_stranger_to_the_login_page_and_back(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    first = client.get("/motcua/tiep-nhan-ho-so/moi-tiep-nhan", follow_redirects=False)
    back = client.post("/motcua/dang-nhap", data={"ten_dang_nhap": "motcua.tuyhoa", "mat_khau": PASSWORD,
                                                  "next": "/motcua/tiep-nhan-ho-so/moi-tiep-nhan"})

    assert first.headers["location"] == "/motcua/dang-nhap?next=%2Fmotcua%2Ftiep-nhan-ho-so%2Fmoi-tiep-nhan"
    assert back.url.path == "/motcua/tiep-nhan-ho-so/moi-tiep-nhan"


def test_a_next_address_outside_the_back_office_is_ignored(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    response = client.post("/motcua/dang-nhap", data={"ten_dang_nhap": "motcua.tuyhoa", "mat_khau": PASSWORD,
                                                      "next": "https://evil.example/"}, follow_redirects=False)

    assert response.headers["location"] == "/motcua/"


def test_logout_ends_the_session(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    log_in(client, "motcua.tuyhoa")

    response = client.post("/motcua/dang-xuat")

    assert response.url.path == "/motcua/dang-nhap"
    assert client.get("/motcua/", follow_redirects=False).status_code == 303
