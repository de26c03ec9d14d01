"""The back channel over HTTP: `POST /vneid/token` and `GET /vneid/userinfo`, with the DVCQG claim names."""

from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import CITIZEN, add_citizen, login_code, start_vneid_login, submit_password

NUMBER = CITIZEN["so_dinh_danh"]
CALLBACK = "http://testserver/sso"


def authorization_code(client: TestClient) -> str:
    add_citizen(client)
    start_vneid_login(client)
    submit_password(client, NUMBER)
    client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": login_code(client, NUMBER)})
    response = client.post("/vneid/auth/dong-y", data={"quyet_dinh": "chia_se", "dong_y": "co"},
                           follow_redirects=False)
    return parse_qs(urlsplit(response.headers["location"]).query)["code"][0]


def redeem(client: TestClient, code: str):
    return client.post("/vneid/token", data={"grant_type": "authorization_code", "code": code,
                                             "redirect_uri": CALLBACK, "client_id": "dvcqg-sandbox"})


def test_the_code_buys_a_bearer_token_and_the_token_buys_the_claims(client: TestClient) -> None:
    token = redeem(client, authorization_code(client)).json()

    claims = client.get("/vneid/userinfo", headers={"Authorization": f"Bearer {token['access_token']}"}).json()

    assert token["token_type"] == "Bearer"
    assert claims == {
        "sub": NUMBER, "LoaiTaiKhoan": 1, "SoDinhDanh": NUMBER, "HoVaTen": "Trần Thị Mai",
        "NgayThangNamSinh": "08/03/1990", "GioiTinh": "Nữ", "SoDienThoai": "0912345678",
        "ThuDienTu": "mai.tran@example.vn", "ThuongTru": CITIZEN["thuong_tru"],
        "NoiOHienNay": CITIZEN["noi_o_hien_nay"], "loAs": 2,
    }


def test_a_code_works_once(client: TestClient) -> None:
    code = authorization_code(client)
    redeem(client, code)

    again = redeem(client, code)

    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_a_code_expires(client: TestClient) -> None:
    code = authorization_code(client)
    client.post("/_setup/clock", json={"advance_minutes": 2})

    assert redeem(client, code).json()["error"] == "invalid_grant"


def test_userinfo_without_a_valid_token_is_401(client: TestClient) -> None:
    response = client.get("/vneid/userinfo", headers={"Authorization": "Bearer khong-hop-le"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
