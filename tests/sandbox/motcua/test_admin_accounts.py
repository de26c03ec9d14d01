"""Quản trị › Tài khoản cán bộ: the unit administrator's list of the unit's accounts and the change of an account's
roles and procedure scope, enforced on the server (only QUAN_TRI_DON_VI, only their own unit's accounts); and the
setup API that puts an officer account exactly as described."""

import re

from fastapi.testclient import TestClient

from tests.sandbox.identity.support import PASSWORD, WARD_POLICE, add_officer, alerts

LIST = "/motcua/quan-tri/tai-khoan-can-bo"
OTHER_WARD_POLICE = "000.21.32.H15"


def log_in(client: TestClient, username: str) -> None:
    client.post("/motcua/dang-xuat")
    response = client.post("/motcua/dang-nhap", data={"ten_dang_nhap": username, "mat_khau": PASSWORD})
    assert response.url.path == "/motcua/", response.text


def cells(page: str) -> list[list[str]]:
    rows = re.findall(r"<tr><td>(.*?)</tr>", page, re.S)
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", "<td>" + row, re.S)]
            for row in rows]


def test_the_administrator_lists_the_accounts_of_the_unit_only(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA", "KE_TOAN"])
    add_officer(client, "motcua.bmt", ["MOT_CUA"], unit_code=OTHER_WARD_POLICE)
    log_in(client, "quantri.tuyhoa")

    page = client.get(LIST)

    assert page.status_code == 200
    assert cells(page.text) == [
        ["motcua.tuyhoa", "Lê Văn Nam", "Công an Phường Tuy Hòa", "Cán bộ tiếp nhận (Bộ phận Một cửa); Kế toán",
         "Tất cả thủ tục của đơn vị", "Đang hoạt động", "Phân quyền"],
        ["quantri.tuyhoa", "Lê Văn Nam", "Công an Phường Tuy Hòa", "Quản trị đơn vị", "Tất cả thủ tục của đơn vị",
         "Đang hoạt động", "Phân quyền"],
    ]


def test_a_locked_account_shows_as_locked(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    for _ in range(5):
        client.post("/motcua/dang-nhap", data={"ten_dang_nhap": "motcua.tuyhoa", "mat_khau": "sai-mat-khau"})
    log_in(client, "quantri.tuyhoa")

    row = next(row for row in cells(client.get(LIST).text) if row[0] == "motcua.tuyhoa")

    assert row[5].startswith("Tạm khóa đến ")


def test_an_officer_without_the_role_is_refused_the_list_and_the_change(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    log_in(client, "motcua.tuyhoa")

    assert client.get(LIST).status_code == 403
    response = client.post(f"{LIST}/motcua.tuyhoa", data={"vai_tro": ["MOT_CUA", "QUAN_TRI_DON_VI"]})

    assert response.status_code == 403
    assert alerts(response.text) == ["Bạn không có quyền truy cập chức năng này."]


def test_the_administrator_changes_roles_and_procedures_of_an_account_of_the_unit(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    log_in(client, "quantri.tuyhoa")

    response = client.post(f"{LIST}/motcua.tuyhoa", data={"vai_tro": ["MOT_CUA", "KE_TOAN"], "thu_tuc": ["1.004194"]})

    assert response.url.path == LIST
    assert 'role="status">Đã lưu phân quyền của tài khoản motcua.tuyhoa.<' in response.text
    row = next(row for row in cells(response.text) if row[0] == "motcua.tuyhoa")
    assert row[3:5] == ["Cán bộ tiếp nhận (Bộ phận Một cửa); Kế toán", "1.004194"]
    log_in(client, "motcua.tuyhoa")
    assert client.get("/motcua/thu-phi-le-phi/cho-thu-phi").status_code == 200


def test_an_account_of_another_unit_cannot_be_changed(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    add_officer(client, "motcua.bmt", ["MOT_CUA"], unit_code=OTHER_WARD_POLICE)
    log_in(client, "quantri.tuyhoa")

    assert client.get(f"{LIST}/motcua.bmt").status_code == 403
    response = client.post(f"{LIST}/motcua.bmt", data={"vai_tro": ["QUAN_TRI_DON_VI"]})

    assert response.status_code == 403
    assert alerts(response.text) == ["Tài khoản motcua.bmt không thuộc đơn vị của bạn: bạn chỉ được phân quyền cho "
                                     "cán bộ của đơn vị mình."]
    log_in(client, "motcua.bmt")
    assert client.get(LIST).status_code == 403


def test_bad_changes_are_told_at_their_field_and_nothing_is_saved(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    log_in(client, "quantri.tuyhoa")

    no_role = client.post(f"{LIST}/motcua.tuyhoa", data={"thu_tuc": ["1.004194"]})
    elsewhere = client.post(f"{LIST}/motcua.tuyhoa", data={"vai_tro": ["MOT_CUA"], "thu_tuc": ["2.001610"]})
    own_role = client.post(f"{LIST}/quantri.tuyhoa", data={"vai_tro": ["MOT_CUA"]})

    assert (no_role.status_code, alerts(no_role.text)) == (422, ["Chọn ít nhất một vai trò."])
    assert elsewhere.status_code == 422
    assert alerts(elsewhere.text) == ["Thủ tục 2.001610 không được cấu hình tại đơn vị: chỉ phân công thủ tục đơn vị "
                                      "đang thực hiện."]
    assert own_role.status_code == 422
    row = next(row for row in cells(client.get(LIST).text) if row[0] == "motcua.tuyhoa")
    assert row[3:5] == ["Cán bộ tiếp nhận (Bộ phận Một cửa)", "Tất cả thủ tục của đơn vị"]


def test_an_unknown_account_is_404(client: TestClient) -> None:
    add_officer(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    log_in(client, "quantri.tuyhoa")

    assert client.get(f"{LIST}/khong.co").status_code == 404


def test_the_setup_api_puts_an_officer_as_described_again_and_again(client: TestClient) -> None:
    body = {"password": PASSWORD, "ho_va_ten": "Lê Văn Nam", "unit_code": WARD_POLICE, "roles": ["KE_TOAN"]}
    assert client.put("/_setup/officers/ketoan.tuyhoa", json=body).status_code == 200
    client.put("/_setup/officers/ketoan.tuyhoa", json={**body, "unit_code": OTHER_WARD_POLICE, "roles": ["MOT_CUA"],
                                                        "password": "Mat-khau-khac-2026"})

    response = client.put("/_setup/officers/ketoan.tuyhoa", json=body)

    assert response.json() == {"username": "ketoan.tuyhoa", "ho_va_ten": "Lê Văn Nam", "unit_code": WARD_POLICE,
                               "roles": ["KE_TOAN"]}
    log_in(client, "ketoan.tuyhoa")
    assert client.get("/motcua/thu-phi-le-phi/cho-thu-phi").status_code == 200
    assert client.get("/motcua/tiep-nhan-ho-so/moi-tiep-nhan").status_code == 403
    assert client.put("/_setup/officers/ketoan.tuyhoa", json={**body, "roles": ["KHONG_CO"]}).status_code == 422


def test_with_the_guard_down_every_officer_opens_the_administration_the_menu_still_hides(client: TestClient) -> None:
    add_officer(client, "motcua.tuyhoa", ["MOT_CUA"])
    log_in(client, "motcua.tuyhoa")
    assert client.put("/_setup/faults/motcua.quan_tri_khong_chan", json={"on": True}).status_code == 200

    home = client.get("/motcua/").text

    assert client.get(LIST).status_code == 200
    assert client.get("/motcua/quan-tri-cong-dvc/cong-khai-thu-tuc").status_code == 200
    assert ">Quản trị<" not in home and ">Tiếp nhận hồ sơ<" in home
    client.put("/_setup/faults/motcua.quan_tri_khong_chan", json={"on": False})
    assert client.get(LIST).status_code == 403
