"""The portal side: the callback's checks, logout, the level-2 rule at "Nộp hồ sơ", and the pre-filled owner block."""

import re

import pytest
from fastapi.testclient import TestClient

from sandbox.portal.return_paths import safe_return_path
from tests.sandbox.identity.support import add_citizen, alerts, log_in

SUBMIT_TAM_TRU = "/nop-ho-so/1.004194?co_quan=000.21.31.H15"


def owner_block(html: str) -> dict[str, str]:
    labels = dict(re.findall(r'<label for="(kk-[^"]+)"[^>]*>([^<]+)</label>', html))
    values = dict(re.findall(r'<input id="(kk-[^"]+)" type="text" value="([^"]*)" readonly>', html))
    return {labels[key]: values[key] for key in labels}


def test_logout_ends_the_session(client: TestClient) -> None:
    log_in(client, add_citizen(client))

    response = client.post("/dang-xuat", follow_redirects=False)

    assert (response.status_code, response.headers["location"]) == (303, "/")
    assert 'dvc_phien=""' in response.headers["set-cookie"]
    assert client.get("/thong-tin-ca-nhan", follow_redirects=False).headers["location"].startswith("/dang-nhap")


def test_a_callback_with_a_forged_state_logs_nobody_in(client: TestClient) -> None:
    client.get("/dang-nhap")

    response = client.get("/sso", params={"code": "gia-mao", "state": "gia-mao"})

    assert response.status_code == 400
    assert alerts(response.text) == ["Đăng nhập không thành công hoặc phiên đăng nhập đã hết hạn. "
                                     "Vui lòng đăng nhập lại."]


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "tra-cuu", ""])
def test_only_paths_of_this_portal_are_returned_to(target: str) -> None:
    assert safe_return_path(target) == "/"


def test_nop_ho_so_sends_a_visitor_to_log_in_first_and_back(client: TestClient) -> None:
    response = client.get(SUBMIT_TAM_TRU, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == "/dang-nhap?next=%2Fnop-ho-so%2F1.004194%3Fco_quan%3D000.21.31.H15"


def test_a_level_1_citizen_is_refused_at_nop_ho_so(client: TestClient) -> None:
    log_in(client, add_citizen(client, level=1))

    response = client.get(SUBMIT_TAM_TRU)

    assert response.status_code == 403
    assert alerts(response.text) == ["Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."]


def test_a_level_2_citizen_sees_ke_khai_with_their_own_identity(client: TestClient) -> None:
    citizen = add_citizen(client)

    page = log_in(client, citizen, back_to=SUBMIT_TAM_TRU)

    assert page.url.path == "/nop-ho-so/1.004194"
    assert "<h1>Kê khai thông tin</h1>" in page.text
    assert "Đăng ký tạm trú" in page.text and "Công an Phường Tuy Hòa" in page.text
    assert owner_block(page.text) == {
        "Họ và tên": "Trần Thị Mai", "Số giấy tờ": citizen["so_dinh_danh"], "Ngày tháng năm sinh": "08/03/1990",
        "Giới tính": "Nữ", "Quốc tịch": "Việt Nam", "Loại giấy tờ": "Căn cước",
        "Địa chỉ chi tiết": citizen["thuong_tru"],
    }
    assert "Nộp hồ sơ</button>" not in page.text


@pytest.mark.parametrize(("path", "status", "message"), [
    ("/nop-ho-so/9.999999?co_quan=000.21.31.H15", 404,
     "Không tìm thấy thủ tục hành chính này trên Cổng Dịch vụ công quốc gia."),
    ("/nop-ho-so/1.004194", 422, "Vui lòng chọn cơ quan thực hiện trên trang thủ tục hành chính trước khi nộp hồ sơ."),
])
def test_ke_khai_needs_a_known_procedure_and_a_chosen_agency(client: TestClient, path: str, status: int,
                                                             message: str) -> None:
    log_in(client, add_citizen(client))

    response = client.get(path)

    assert (response.status_code, alerts(response.text)) == (status, [message])
