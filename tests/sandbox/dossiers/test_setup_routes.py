"""The dossier setup API walks the real transitions, so a prepared dossier looks like one made through the UI."""

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.settings import SandboxSettings

OWNER = "066190001234"
WARD_POLICE = "000.21.31.H15"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    warnings.simplefilter("ignore", DeprecationWarning)
    app = create_app(SandboxSettings(db_path=Path(tmp_path_factory.mktemp("setup")) / "db.sqlite3"))
    with TestClient(app) as test_client:
        test_client.post("/_setup/citizens", json={
            "so_dinh_danh": OWNER, "ho_va_ten": "Trần Thị Mai", "ngay_sinh": "1990-05-01", "gioi_tinh": "Nữ",
            "so_dien_thoai": "0912345678", "email": "mai@example.com", "thuong_tru": "Phường Tuy Hòa, Tỉnh Đắk Lắk",
            "noi_o_hien_nay": "Phường Tuy Hòa, Tỉnh Đắk Lắk", "level": 2, "password": "Aa1!abcdefgh"})
        yield test_client


def prepare(client: TestClient, status: int, **extra) -> dict:
    response = client.post("/_setup/dossiers", json={"procedure_code": "1.004194", "unit_code": WARD_POLICE,
                                                     "owner": OWNER, "status": status, **extra})
    assert response.status_code == 201, response.text
    return response.json()


@pytest.mark.parametrize(("status", "name", "slips"), [
    (1, "Mới đăng ký", []),
    (2, "Được tiếp nhận", ["01"]),
    (3, "Không được tiếp nhận", ["03"]),
    (4, "Đang xử lý", ["01"]),
    (5, "Yêu cầu bổ sung giấy tờ", ["01", "02"]),
    (6, "Yêu cầu thực hiện nghĩa vụ tài chính", ["01"]),
    (7, "Công dân yêu cầu rút hồ sơ", []),
    (8, "Dừng xử lý", ["01", "05"]),
    (9, "Đã xử lý xong", ["01"]),
    (10, "Đã trả kết quả", ["01"]),
])
def test_any_status_can_be_prepared(client: TestClient, status: int, name: str, slips: list[str]) -> None:
    dossier = prepare(client, status)
    assert (dossier["trang_thai"], dossier["ten_trang_thai"]) == (status, name)
    assert [slip["mau"] for slip in dossier["slips"]] == slips
    assert dossier["progress"][-1]["trang_thai"] == status


def test_a_backdated_receipt_gives_a_past_appointment(client: TestClient) -> None:
    dossier = prepare(client, 4, received_at="2026-11-09T09:00:00+07:00")
    assert dossier["ma_ho_so"].startswith(f"{WARD_POLICE}-261109-")
    assert dossier["ngay_hen_tra"].startswith("2026-11-11T17:00")


def test_a_signed_result_names_signer_and_certificate(client: TestClient) -> None:
    result = prepare(client, 9)["result"]
    assert result["nguoi_ky"] and result["chung_thu"].startswith(f"CN={result['nguoi_ky']}")
    assert result["ten_giay_to"] != "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"


def test_supplement_asked_at_receiving_has_no_receipt(client: TestClient) -> None:
    dossier = prepare(client, 5, supplement_at="receiving")
    assert [slip["mau"] for slip in dossier["slips"]] == ["02"]
    assert dossier["ngay_tiep_nhan"] is None


@pytest.mark.parametrize("supplement_at", ["processing", "receiving"])
def test_the_supplement_request_says_what_the_setup_asked_for(client: TestClient, supplement_at: str) -> None:
    wanted = "Bổ sung bản sao hợp đồng thuê nhà có công chứng."
    dossier = prepare(client, 5, supplement_at=supplement_at, supplement_request=wanted)
    request = next(slip for slip in dossier["slips"] if slip["mau"] == "02")
    assert request["content"]["noi_dung"] == wanted
    assert dossier["progress"][-1]["noi_dung_xu_ly"] == f"Yêu cầu bổ sung: {wanted}"


def test_an_empty_supplement_request_is_refused(client: TestClient) -> None:
    response = client.post("/_setup/dossiers", json={"procedure_code": "1.004194", "unit_code": WARD_POLICE,
                                                     "owner": OWNER, "status": 5, "supplement_request": ""})
    assert response.status_code == 422


def test_an_unconfigured_agency_is_refused(client: TestClient) -> None:
    response = client.post("/_setup/dossiers", json={"procedure_code": "1.004194", "unit_code": "000.21.33.H15",
                                                     "owner": OWNER, "status": 1})
    assert response.status_code == 422
    assert "chưa được cấu hình" in response.json()["detail"]


def test_a_dossier_reads_back_by_code(client: TestClient) -> None:
    code = prepare(client, 2)["ma_ho_so"]
    assert client.get(f"/_setup/dossiers/{code}").json()["ten_trang_thai"] == "Được tiếp nhận"
    assert client.get("/_setup/dossiers/KHONG-CO").status_code == 404
