"""A valid submission of each e-form: the code, status 1 at the chosen configured agency and nowhere else,
the declaration and files kept with the dossier, the confirmation, and the draft gone."""

import re

import pytest
from fastapi.testclient import TestClient

from sandbox.dossiers.records import DossierRecords
from sandbox.dossiers.statuses import Status
from tests.sandbox.eforms.support import (
    FORMS,
    OTHER_CITIZEN,
    TAM_TRU,
    context,
    details,
    log_in,
    post_form,
)


def all_dossiers(client: TestClient) -> list:
    return [dict(row) for row in context(client).store.all("SELECT ma_ho_so, unit_code, trang_thai FROM dossiers")]


@pytest.mark.parametrize("code", sorted(FORMS))
def test_a_valid_submission_gets_a_code_and_status_1_at_the_chosen_agency_only(portal: TestClient, code: str) -> None:
    case = FORMS[code]

    response = post_form(portal, case)

    assert response.status_code == 303, response.text
    ma_ho_so = re.fullmatch(r"/ho-so/(.+)/nop-thanh-cong", response.headers["location"]).group(1)
    assert ma_ho_so == f"{case.unit}-261109-0001"
    assert all_dossiers(portal) == [{"ma_ho_so": ma_ho_so, "unit_code": case.unit, "trang_thai": 1}]
    dossier = DossierRecords(context(portal).store).by_code(ma_ho_so)
    assert (dossier.ma_tthc, dossier.owner_id, dossier.kenh_thuc_hien) == (code, "066190001234", 2)
    files = DossierRecords(context(portal).store).files(dossier.id)
    assert sorted((f.ma_thanh_phan, f.file_name) for f in files) == sorted(case.files.items())


def test_the_confirmation_shows_code_status_agency_and_where_to_follow_it(portal: TestClient) -> None:
    location = post_form(portal, TAM_TRU).headers["location"]

    page = portal.get(location)

    assert "<h1>Nộp hồ sơ thành công</h1>" in page.text
    shown = details(page.text)
    assert shown["Mã hồ sơ"] == "000.21.31.H15-261109-0001"
    assert (shown["Trạng thái"], shown["Cơ quan tiếp nhận"]) == (Status.MOI_DANG_KY.ten, "Công an Phường Tuy Hòa")
    assert shown["Ngày nộp"] == "09/11/2026 09:00"
    assert 'href="/tra-cuu-ho-so">Tra cứu hồ sơ</a>' in page.text
    assert 'href="/ho-so/000.21.31.H15-261109-0001"' in page.text


def test_the_dossier_keeps_the_declaration_as_read_and_its_summary(portal: TestClient) -> None:
    post_form(portal, TAM_TRU)

    dossier = DossierRecords(context(portal).store).by_code("000.21.31.H15-261109-0001")

    assert dossier.trich_yeu == "Đăng ký tạm trú tại Số 5 đường Hùng Vương, Phường Tuy Hòa, Tỉnh Đắk Lắk"
    assert dossier.form["bieu_mau"] == "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)"
    assert dossier.form["noi_dung"]["Nơi đề nghị đăng ký tạm trú"]["Tỉnh/Thành phố"] == "Tỉnh Đắk Lắk"
    assert dossier.form["noi_dung"]["Thông tin chủ hộ"]["Mối quan hệ với chủ hộ"] == "Người thuê nhà"


def test_the_copy_request_carries_its_fee(portal: TestClient) -> None:
    location = post_form(portal, FORMS["2.000635"], {"so_ban": "3"}).headers["location"]

    assert details(portal.get(location).text)["Lệ phí"] == "24.000 đồng"


def test_the_daily_sequence_counts_per_agency(portal: TestClient) -> None:
    post_form(portal, TAM_TRU)
    second = post_form(portal, TAM_TRU).headers["location"]

    assert second == "/ho-so/000.21.31.H15-261109-0002/nop-thanh-cong"


def test_after_submission_the_form_starts_empty_again(portal: TestClient) -> None:
    post_form(portal, TAM_TRU)

    page = portal.get(TAM_TRU.url()).text

    assert "Số 5 đường Hùng Vương" not in page and "Đã tải lên" not in page


def test_the_confirmation_is_for_the_owner_only(portal: TestClient) -> None:
    location = post_form(portal, TAM_TRU).headers["location"]
    portal.cookies.clear()

    assert portal.get(location, follow_redirects=False).status_code == 303
    log_in(portal, OTHER_CITIZEN)
    assert portal.get(location).status_code == 404
