"""The whole VNeID login over HTTP: portal → account type → password → login code → consent → portal."""

from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import (
    CITIZEN,
    PASSWORD,
    add_citizen,
    alerts,
    log_in,
    login_code,
    start_vneid_login,
    submit_password,
)


def test_dang_nhap_sends_the_citizen_to_vneid_as_an_oidc_authorization_request(client: TestClient) -> None:
    response = client.get("/dang-nhap", params={"next": "/tra-cuu-ho-so"}, follow_redirects=False)

    target = urlsplit(response.headers["location"])
    query = parse_qs(target.query)
    assert response.status_code == 303
    assert target.path == "/vneid/auth"
    assert query["response_type"] == ["code"] and query["client_id"] == ["dvcqg-sandbox"]
    assert query["redirect_uri"] == ["http://testserver/sso"] and query["scope"] == ["openid"]
    assert len(query["state"][0]) >= 32


def test_a_level_2_citizen_logs_in_and_comes_back_where_they_started(client: TestClient) -> None:
    citizen = add_citizen(client)

    landing = log_in(client, citizen, back_to="/thong-tin-ca-nhan")

    assert landing.status_code == 200
    assert landing.url.path == "/thong-tin-ca-nhan"
    assert 'aria-haspopup="menu"' in landing.text and "Trần Thị Mai" in landing.text
    assert ">Đăng nhập</a>" not in landing.text


def test_the_portal_session_cookie_is_http_only_and_same_site_lax(client: TestClient) -> None:
    citizen = add_citizen(client)
    start_vneid_login(client)
    submit_password(client, citizen["so_dinh_danh"])
    client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": login_code(client, citizen["so_dinh_danh"])})

    response = client.post("/vneid/auth/dong-y", data={"quyet_dinh": "chia_se", "dong_y": "co"},
                           follow_redirects=False)
    callback = client.get(response.headers["location"], follow_redirects=False)

    cookie = callback.headers["set-cookie"].lower()
    assert "dvc_phien=" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_the_organisation_account_type_is_refused_with_a_reason(client: TestClient) -> None:
    client.get("/dang-nhap")

    response = client.post("/vneid/auth/loai-tai-khoan", data={"loai_tai_khoan": "to_chuc"})

    assert response.status_code == 422
    assert alerts(response.text) == ["Tài khoản dành cho Tổ chức chưa được hỗ trợ để nộp hồ sơ trên Cổng Dịch vụ công "
                                     "quốc gia (môi trường thử nghiệm). Vui lòng chọn tài khoản dành cho Công dân."]


def test_a_number_that_is_not_12_digits_is_refused_at_the_field_and_kept(client: TestClient) -> None:
    start_vneid_login(client)

    response = submit_password(client, "06619000123")

    assert response.status_code == 422
    assert 'aria-describedby="so_dinh_danh-loi"' in response.text
    assert alerts(response.text) == ["Số định danh cá nhân phải gồm đúng 12 chữ số."]
    assert 'value="06619000123"' in response.text


def test_no_step_can_be_skipped_by_typing_its_address(client: TestClient) -> None:
    add_citizen(client)
    start_vneid_login(client)

    response = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": "123456"}, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/vneid/auth/dang-nhap"


def test_without_a_login_flow_vneid_says_the_session_expired(client: TestClient) -> None:
    response = client.post("/vneid/auth/dang-nhap", data={"so_dinh_danh": CITIZEN["so_dinh_danh"],
                                                          "mat_khau": PASSWORD})

    assert response.status_code == 400
    assert "Phiên đăng nhập đã hết hạn" in alerts(response.text)[0]


def test_a_foreign_redirect_uri_is_refused_without_redirecting(client: TestClient) -> None:
    response = client.get("/vneid/auth", params={"response_type": "code", "client_id": "dvcqg-sandbox",
                                                 "redirect_uri": "https://evil.example/sso", "scope": "openid",
                                                 "state": "x"}, follow_redirects=False)

    assert response.status_code == 400


def test_the_qr_method_shows_a_placeholder_with_tai_lai(client: TestClient) -> None:
    start_vneid_login(client)

    response = client.get("/vneid/auth/qr")

    assert response.status_code == 200
    assert 'aria-label="Mã QR đăng nhập (mô phỏng)"' in response.text and ">Tải lại</a>" in response.text
