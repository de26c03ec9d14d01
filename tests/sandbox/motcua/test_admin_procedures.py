"""Quản trị Cổng DVC › Công khai thủ tục (QUAN_TRI_CSDL_TTHC publishes a code under its decision, or takes it
off the portal) and Quản trị › Cấu hình thủ tục (QUAN_TRI_DON_VI applies a procedure for online submission at
their own unit, or stops it): the pages, and their refusals on the server."""

import html
import re

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.identity.support import PASSWORD, WARD_POLICE, add_officer, alerts

PUBLICATION = "/motcua/quan-tri-cong-dvc/cong-khai-thu-tuc"
CONFIGURATION = "/motcua/quan-tri/cau-hinh-thu-tuc"
CODE = "1.010039"
OTHER_WARD_POLICE = "000.21.32.H15"


def log_in(client: TestClient, username: str, roles: list[str], unit_code: str = WARD_POLICE) -> None:
    add_officer(client, username, roles, unit_code)
    response = client.post("/motcua/dang-nhap", data={"ten_dang_nhap": username, "mat_khau": PASSWORD})
    assert response.url.path == "/motcua/", response.text


def rows(page: str) -> list[list[str]]:
    body = page.split("<tbody>", 1)[-1]
    return [[" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split())
             for cell in re.findall(r"<td>(.*?)</td>", row, re.S)] for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def published(client: TestClient, code: str = CODE) -> bool:
    return client.get(f"/_setup/procedures/{code}/publication").json()["published"]


def test_the_administrator_finds_a_code_with_its_decision_and_state(client: TestClient) -> None:
    log_in(client, "csdl.tthc", ["QUAN_TRI_CSDL_TTHC"])

    found = rows(client.get(PUBLICATION, params={"q": CODE}).text)

    assert found[0][:6] == [CODE, "Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú",
                            "Thủ tục chung", "9354/QĐ-BCA-C06", "20/11/2025", "Đã công khai"]
    assert found[0][6] == "Ngừng công khai"


def test_internal_procedures_are_listed_as_such_without_an_action(client: TestClient) -> None:
    log_in(client, "csdl.tthc", ["QUAN_TRI_CSDL_TTHC"])

    found = rows(client.get(PUBLICATION, params={"q": "5.003863"}).text)

    assert [row[2] for row in found] == ["Thủ tục nội bộ"]
    assert found[0][5:] == ["Không công khai (nội bộ)", "—"]


def test_taking_a_code_off_and_publishing_it_again_under_a_new_decision(client: TestClient) -> None:
    log_in(client, "csdl.tthc", ["QUAN_TRI_CSDL_TTHC"])

    taken_off = client.post(f"{PUBLICATION}/{CODE}/ngung-cong-khai")
    assert "Đã ngừng công khai thủ tục 1.010039" in taken_off.text
    assert rows(taken_off.text)[0][5] == "Chưa công khai"
    assert CODE in rows(client.get(PUBLICATION).text)[0]
    assert not published(client)

    again = client.post(f"{PUBLICATION}/{CODE}/cong-khai",
                        data={"so_quyet_dinh": "125/QĐ-BCA-C06", "ngay_quyet_dinh": "01/10/2026"})

    assert rows(again.text)[0][3:6] == ["125/QĐ-BCA-C06", "01/10/2026", "Đã công khai"]
    assert published(client)


def test_a_malformed_decision_is_refused_at_its_field_with_what_was_typed(client: TestClient) -> None:
    log_in(client, "csdl.tthc", ["QUAN_TRI_CSDL_TTHC"])
    client.post(f"{PUBLICATION}/{CODE}/ngung-cong-khai")

    refused = client.post(f"{PUBLICATION}/{CODE}/cong-khai", data={"so_quyet_dinh": "9354", "ngay_quyet_dinh": ""})

    assert refused.status_code == 422
    assert alerts(refused.text) == ["Số quyết định công bố có dạng số/QĐ-cơ quan ban hành, ví dụ 1523/QĐ-BCA-C06."]
    assert 'value="9354" aria-invalid="true"' in refused.text
    assert not published(client)


@pytest.mark.parametrize("roles", [["MOT_CUA"], ["QUAN_TRI_DON_VI"]])
def test_publication_is_refused_to_every_other_role_on_the_server(client: TestClient, roles: list[str]) -> None:
    log_in(client, "canbo.khac", roles)

    assert client.get(PUBLICATION).status_code == 403
    assert client.post(f"{PUBLICATION}/{CODE}/ngung-cong-khai").status_code == 403
    assert published(client)


def test_the_unit_administrator_sees_and_stops_the_units_own_configuration(client: TestClient) -> None:
    log_in(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])
    assert ["1.010041", "Xác nhận thông tin về cư trú", "Đã công khai", "Ngừng áp dụng"] in rows(
        client.get(CONFIGURATION).text)

    stopped = client.post(f"{CONFIGURATION}/1.010041/ngung-ap-dung")

    assert "Đã ngừng áp dụng trực tuyến thủ tục 1.010041 tại đơn vị." in stopped.text
    assert "1.010041" not in [row[0] for row in rows(stopped.text)]
    agencies = client.get("/_setup/procedures/1.010041/agencies").json()["agencies"]
    assert WARD_POLICE not in [agency["code"] for agency in agencies]
    assert OTHER_WARD_POLICE in [agency["code"] for agency in agencies]

    applied = client.post(f"{CONFIGURATION}/ap-dung", data={"ma_thu_tuc": "1.010041"})

    assert "1.010041" in [row[0] for row in rows(applied.text)]


@pytest.mark.parametrize(("code", "message"), [
    ("1.999999", "Không có thủ tục mã 1.999999 trong CSDL thủ tục hành chính."),
    ("2.000986", "Thủ tục 2.000986 chỉ thực hiện trực tiếp, không áp dụng trực tuyến được."),
    ("5.003863", "Thủ tục 5.003863 chưa được công khai trên Cổng Dịch vụ công quốc gia: chưa áp dụng trực tuyến "
                 "được."),
])
def test_what_cannot_be_applied_online_is_refused_at_the_field(client: TestClient, code: str, message: str) -> None:
    log_in(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])

    refused = client.post(f"{CONFIGURATION}/ap-dung", data={"ma_thu_tuc": code})

    assert refused.status_code == 422
    assert alerts(refused.text) == [message]


def test_a_unit_administrator_cannot_touch_another_units_configuration(client: TestClient) -> None:
    log_in(client, "quantri.tuyhoa", ["QUAN_TRI_DON_VI"])

    crafted = client.post(f"{CONFIGURATION}/1.010041/ngung-ap-dung", data={"don_vi": OTHER_WARD_POLICE})
    crafted_add = client.post(f"{CONFIGURATION}/ap-dung", data={"ma_thu_tuc": "1.004194", "don_vi": OTHER_WARD_POLICE})

    assert (crafted.status_code, crafted_add.status_code) == (403, 403)
    agencies = client.get("/_setup/procedures/1.010041/agencies").json()["agencies"]
    assert OTHER_WARD_POLICE in [agency["code"] for agency in agencies]


def test_configuration_is_refused_to_other_roles_on_the_server(client: TestClient) -> None:
    log_in(client, "motcua.tuyhoa", ["MOT_CUA", "QUAN_TRI_CSDL_TTHC"])

    assert client.get(CONFIGURATION).status_code == 403
    assert client.post(f"{CONFIGURATION}/1.010041/ngung-ap-dung").status_code == 403
    assert WARD_POLICE in [a["code"] for a in client.get("/_setup/procedures/1.010041/agencies").json()["agencies"]]
