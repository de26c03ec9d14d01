"""Setup API for accounts: what it accepts, what it refuses (in Vietnamese), and that it keeps no password."""

import sqlite3

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.identity.support import CITIZEN, PASSWORD, WARD_POLICE, add_citizen, add_officer


def test_a_valid_citizen_is_created_without_echoing_the_password(client: TestClient) -> None:
    response = client.post("/_setup/citizens", json=CITIZEN)

    assert response.status_code == 201
    assert response.json() == {"so_dinh_danh": CITIZEN["so_dinh_danh"], "ho_va_ten": "Trần Thị Mai", "level": 2}


def test_the_same_number_twice_is_a_conflict(client: TestClient) -> None:
    add_citizen(client)

    response = client.post("/_setup/citizens", json=CITIZEN)

    assert response.status_code == 409
    assert response.json()["detail"] == f"Đã có công dân với số định danh {CITIZEN['so_dinh_danh']}."


@pytest.mark.parametrize(("changes", "message"), [
    ({"so_dinh_danh": "06609000123"}, "Số định danh cá nhân phải gồm đúng 12 chữ số."),
    ({"so_dinh_danh": "06609000123A"}, "Số định danh cá nhân phải gồm đúng 12 chữ số."),
    ({"gioi_tinh": "Nam"}, "Chữ số thứ 4 của số định danh là 1, nhưng Nam sinh năm 1990 phải là 0."),
    ({"ngay_sinh": "2003-03-08"}, "Chữ số thứ 4 của số định danh là 1, nhưng Nữ sinh năm 2003 phải là 3."),
    ({"ngay_sinh": "1991-03-08"}, "Chữ số thứ 5–6 của số định danh là 90, nhưng năm sinh là 1991."),
    ({"ngay_sinh": "2999-01-01"}, "Ngày sinh không được sau ngày hôm nay."),
    ({"gioi_tinh": "Khác"}, "Giới tính phải là 'Nam' hoặc 'Nữ'."),
    ({"level": 3}, "Mức độ tài khoản định danh điện tử phải là 1 hoặc 2."),
    ({"so_dien_thoai": "12345"}, "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc 84)."),
    ({"password": "ngan"}, "Mật khẩu phải có ít nhất 8 ký tự."),
    ({"ngay_sinh": "16/05/1990"}, "Thiếu hoặc sai kiểu các trường: ngay_sinh."),
    ({"ho_va_ten": None}, "Thiếu hoặc sai kiểu các trường: ho_va_ten."),
])
def test_a_citizen_breaking_a_rule_is_refused_with_a_vietnamese_reason(client: TestClient, changes: dict,
                                                                         message: str) -> None:
    response = client.post("/_setup/citizens", json={**CITIZEN, **changes})

    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_an_officer_is_created_with_unit_and_roles(client: TestClient) -> None:
    response = client.post("/_setup/officers", json={"username": "motcua.tuyhoa", "password": PASSWORD,
                                                     "ho_va_ten": "Lê Văn Nam", "unit_code": WARD_POLICE,
                                                     "roles": ["MOT_CUA", "KE_TOAN"]})

    assert response.status_code == 201
    assert response.json() == {"username": "motcua.tuyhoa", "ho_va_ten": "Lê Văn Nam", "unit_code": WARD_POLICE,
                               "roles": ["KE_TOAN", "MOT_CUA"]}


@pytest.mark.parametrize(("changes", "message"), [
    ({"unit_code": "000.99.99.H15"}, "Không có đơn vị mã 000.99.99.H15"),
    ({"roles": ["THU_QUY"]}, "Vai trò không có trong hệ thống: THU_QUY."),
    ({"roles": []}, "Cán bộ phải có ít nhất một vai trò."),
    ({"username": "Cán Bộ"}, "Tên đăng nhập gồm 3–64 ký tự"),
])
def test_an_officer_breaking_a_rule_is_refused(client: TestClient, changes: dict, message: str) -> None:
    officer = {"username": "motcua.tuyhoa", "password": PASSWORD, "ho_va_ten": "Lê Văn Nam",
               "unit_code": WARD_POLICE, "roles": ["MOT_CUA"], **changes}

    response = client.post("/_setup/officers", json=officer)

    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_the_same_username_twice_is_a_conflict(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])

    response = client.post("/_setup/officers", json={"username": "motcua.tuyhoa", "password": PASSWORD,
                                                     "ho_va_ten": "Người khác", "unit_code": WARD_POLICE,
                                                     "roles": ["CHUYEN_VIEN"]})

    assert response.status_code == 409


def test_no_password_is_kept_in_plaintext(client: TestClient) -> None:
    add_citizen(client)
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    database = client.app.state.sandbox.settings.db_path

    with sqlite3.connect(database) as db:
        hashes = [row[0] for row in db.execute("SELECT password_hash FROM citizens UNION ALL "
                                               "SELECT password_hash FROM officers")]
    stored = b"".join(path.read_bytes() for path in database.parent.glob(f"{database.name}*"))

    assert len(hashes) == 2 and all(value.startswith("scrypt$") for value in hashes)
    assert hashes[0] != hashes[1], "each hash has its own salt"
    assert PASSWORD.encode() not in stored
