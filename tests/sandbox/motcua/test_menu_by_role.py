"""The side menu shows the groups of the officer's roles, and the server refuses the others by URL."""

import re

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.identity.support import PASSWORD, add_officer, alerts


def logged_in_as(client: TestClient, roles: list[str]) -> str:
    add_officer(client, "canbo.thu", roles)
    return client.post("/motcua/dang-nhap", data={"ten_dang_nhap": "canbo.thu", "mat_khau": PASSWORD}).text


def groups(page: str) -> list[str]:
    return re.findall(r'<h2 id="nhom-[^"]+">([^<]+)</h2>', page)


def links(page: str) -> list[str]:
    return re.findall(r'<li><a href="(/motcua/[^"]+)"', page)


@pytest.mark.parametrize(("roles", "expected"), [
    (["MOT_CUA"], ["Tiếp nhận hồ sơ", "Bổ sung hồ sơ", "Trả kết quả", "Thu phí/lệ phí", "Theo dõi hồ sơ"]),
    (["CHUYEN_VIEN"], ["Xử lý hồ sơ", "Bổ sung hồ sơ", "Theo dõi hồ sơ"]),
    (["LANH_DAO_PHONG"], ["Xử lý hồ sơ", "Theo dõi hồ sơ"]),
    (["LANH_DAO_DON_VI"], ["Xử lý hồ sơ", "Theo dõi hồ sơ"]),
    (["THONG_KE"], ["Theo dõi hồ sơ", "Thống kê báo cáo"]),
    (["KE_TOAN"], ["Thu phí/lệ phí", "Theo dõi hồ sơ"]),
    (["VAN_THU"], ["Theo dõi hồ sơ"]),
    (["MOT_CUA", "THONG_KE"], ["Tiếp nhận hồ sơ", "Bổ sung hồ sơ", "Trả kết quả", "Thu phí/lệ phí",
                               "Theo dõi hồ sơ", "Thống kê báo cáo"]),
])
def test_the_menu_has_exactly_the_groups_of_the_roles(client: TestClient, roles: list[str],
                                                      expected: list[str]) -> None:
    assert groups(logged_in_as(client, roles)) == expected


def test_tiep_nhan_ho_so_has_the_real_entries(client: TestClient) -> None:
    page = logged_in_as(client, ["MOT_CUA"])

    entries = re.findall(r'href="/motcua/tiep-nhan-ho-so/[^"]+">([^<]+)</a>', page)

    assert entries == ["Mới tiếp nhận", "Chờ tiếp nhận trực tuyến", "Từ chối tiếp nhận", "Đã chuyển xử lý"]


@pytest.mark.parametrize("roles", [["MOT_CUA"], ["CHUYEN_VIEN"], ["LANH_DAO_DON_VI"], ["THONG_KE"], ["KE_TOAN"]])
def test_every_menu_entry_leads_to_a_page_that_exists(client: TestClient, roles: list[str]) -> None:
    for link in links(logged_in_as(client, roles)):
        page = client.get(link)
        assert page.status_code == 200, link
        assert "Chưa có hồ sơ." in page.text or "Chưa có số liệu báo cáo." in page.text


def test_a_direct_url_outside_the_role_is_refused_with_403(client: TestClient) -> None:
    logged_in_as(client, ["CHUYEN_VIEN"])

    response = client.get("/motcua/tiep-nhan-ho-so/cho-tiep-nhan-truc-tuyen")

    assert response.status_code == 403
    assert alerts(response.text) == ["Bạn không có quyền truy cập chức năng này."]


def test_an_address_the_menu_does_not_have_is_404(client: TestClient) -> None:
    logged_in_as(client, ["MOT_CUA"])

    assert client.get("/motcua/tiep-nhan-ho-so/khong-co").status_code == 404
