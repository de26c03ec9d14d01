"""Helpers the identity, VNeID and one-stop tests share: a fresh sandbox, accounts, and the login walk."""

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.settings import SandboxSettings

PASSWORD = "Mat-khau-2026!"
CITIZEN = {
    "so_dinh_danh": "066190001234",
    "ho_va_ten": "Trần Thị Mai",
    "ngay_sinh": "1990-03-08",
    "gioi_tinh": "Nữ",
    "so_dien_thoai": "0912345678",
    "email": "mai.tran@example.vn",
    "thuong_tru": "25 Trần Hưng Đạo, Phường Tuy Hòa, Tỉnh Đắk Lắk",
    "noi_o_hien_nay": "8 Nguyễn Huệ, Phường Buôn Ma Thuột, Tỉnh Đắk Lắk",
    "level": 2,
    "password": PASSWORD,
}
WARD_POLICE = "000.21.31.H15"
# A page of the logged-in citizen that shows the portal header: where the tests come back to after login.
OWN_PAGE = "/thong-tin-ca-nhan"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    """A fresh sandbox per test, reached through its HTTP interface only."""
    return TestClient(create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3")))


def add_citizen(client: TestClient, **changes: object) -> dict:
    citizen = {**CITIZEN, **changes}
    response = client.post("/_setup/citizens", json=citizen)
    assert response.status_code == 201, response.text
    return citizen


def add_officer(client: TestClient, username: str, roles: list[str], unit_code: str = WARD_POLICE) -> None:
    response = client.post("/_setup/officers", json={"username": username, "password": PASSWORD,
                                                     "ho_va_ten": "Lê Văn Nam", "unit_code": unit_code,
                                                     "roles": roles})
    assert response.status_code == 201, response.text


def alerts(page: str) -> list[str]:
    return [" ".join(html.unescape(text).split()) for text in re.findall(r'role="alert"[^>]*>([^<]*)<', page)]


def start_vneid_login(client: TestClient, back_to: str = OWN_PAGE) -> None:
    """From the portal's "Đăng nhập" to the password page of VNeID, as the citizen account type."""
    client.get("/dang-nhap", params={"next": back_to})
    response = client.post("/vneid/auth/loai-tai-khoan", data={"loai_tai_khoan": "cong_dan"})
    assert response.url.path == "/vneid/auth/dang-nhap"


def submit_password(client: TestClient, number: str, password: str = PASSWORD):
    return client.post("/vneid/auth/dang-nhap", data={"so_dinh_danh": number, "mat_khau": password})


def login_code(client: TestClient, number: str) -> str:
    response = client.get(f"/_setup/vneid/otp/{number}")
    assert response.status_code == 200, response.text
    return response.json()["code"]


def log_in(client: TestClient, citizen: dict, back_to: str = OWN_PAGE):
    """The whole walk, consenting when asked; returns the portal page the citizen lands on."""
    start_vneid_login(client, back_to)
    submit_password(client, citizen["so_dinh_danh"], citizen["password"])
    response = client.post("/vneid/auth/ma-xac-nhan", data={"ma_xac_nhan": login_code(client, citizen["so_dinh_danh"])})
    if response.url.path == "/vneid/auth/dong-y":
        response = client.post("/vneid/auth/dong-y", data={"quyet_dinh": "chia_se", "dong_y": "co"})
    return response
