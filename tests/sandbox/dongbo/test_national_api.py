"""The national sync API v1 over HTTP, as a provincial system reaches it (DOMAIN §3.6)."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from sandbox.dongbo.national_api import SANDBOX_CLIENT
from tests.sandbox.dongbo.support import Sandbox, running_sandbox

UNIT = "000.21.31.H15"
ACCEPTED = {
    "MaHoSo": "000.21.31.H15-261109-0042", "MaTTHC": "1.004194", "TenTTHC": "Đăng ký tạm trú", "KenhThucHien": "2",
    "ChuHoSo": "Trần Thị Mai", "LoaiDoiTuong": "1", "MaDoiTuong": "066090001234", "SoGiayToChuHoSo": "066090001234",
    "NgayNopHoSo": "20261109083000", "NgayTiepNhan": "20261109090000", "NgayHenTra": "20261111170000",
    "TrangThaiHoSo": "2", "DonViXuLy": "Công an Phường Tuy Hòa",
}
PROGRESS = {
    "MaHoSo": ACCEPTED["MaHoSo"], "NguoiXuLy": "Lê Văn Nam", "ChucDanh": "Cán bộ tiếp nhận",
    "ThoiDiemXuLy": "20261109090000", "PhongBanXuLy": "Công an Phường Tuy Hòa", "NoiDungXuLy": "Tiếp nhận hồ sơ.",
    "TrangThai": "2", "NgayBatDau": "20261109090000", "NgayKetThucTheoQuyDinh": "20261111170000",
}


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    with running_sandbox(tmp_path) as running:
        yield running


@pytest.fixture
def session(sandbox: Sandbox) -> str:
    reply = sandbox.client.post("/dongbo/auth", json={"username": SANDBOX_CLIENT.username,
                                                      "password": SANDBOX_CLIENT.password}).json()
    assert reply["error_code"] == "0"
    return reply["session"]


def call(sandbox: Sandbox, session: str, service: str, **params: object) -> dict:
    body = {"session": session, "madonvi": UNIT, "service": service, **params}
    return sandbox.client.post("/dongbo/api", json=body).json()


def test_a_wrong_password_gets_no_session(sandbox: Sandbox) -> None:
    reply = sandbox.client.post("/dongbo/auth", json={"username": SANDBOX_CLIENT.username, "password": "sai"}).json()
    assert reply["error_code"] != "0" and "session" not in reply


def test_an_unknown_or_expired_session_is_refused(sandbox: Sandbox, session: str) -> None:
    assert call(sandbox, "khong-co", "TraCuuHoSo", mahoso="x")["error_code"] == "-1"
    sandbox.ctx.clock.advance(timedelta(minutes=31))
    reply = call(sandbox, session, "TraCuuHoSo", mahoso="x")
    assert reply == {"error_code": "-1", "message": "Phiên làm việc không hợp lệ hoặc đã hết hạn."}


def test_an_insert_is_looked_up_and_a_second_insert_already_exists(sandbox: Sandbox, session: str) -> None:
    assert call(sandbox, session, "DongBoHoSoMC", isUpdating="False", data=[ACCEPTED])["error_code"] == "0"
    assert call(sandbox, session, "CapNhatTienDoHoSoMC", data=[PROGRESS])["error_code"] == "0"
    found = call(sandbox, session, "TraCuuHoSo", mahoso=ACCEPTED["MaHoSo"])
    assert found["error_code"] == "0"
    assert found["data"] == {**ACCEPTED, "DanhSachTienDo": [PROGRESS]}
    again = call(sandbox, session, "DongBoHoSoMC", isUpdating="False", data=[ACCEPTED])
    assert again["error_code"] == "-2" and "đã tồn tại" in again["message"]
    processing = {**ACCEPTED, "TrangThaiHoSo": "4"}
    assert call(sandbox, session, "DongBoHoSoMC", isUpdating="True", data=[processing])["error_code"] == "0"
    assert sandbox.national(ACCEPTED["MaHoSo"])["ho_so"]["TrangThaiHoSo"] == "4"


def test_an_accepted_dossier_without_appointment_date_is_refused(sandbox: Sandbox, session: str) -> None:
    reply = call(sandbox, session, "DongBoHoSoMC", isUpdating="False", data=[{**ACCEPTED, "NgayHenTra": ""}])
    assert reply["error_code"] == "-2" and reply["message"].startswith("Thiếu NgayHenTra")
    reply = call(sandbox, session, "DongBoHoSoMC", isUpdating="False",
                 data=[{key: value for key, value in ACCEPTED.items() if key not in ("NgayTiepNhan", "NgayHenTra")}])
    assert reply["message"].startswith("Thiếu NgayTiepNhan, NgayHenTra")
    assert sandbox.national(ACCEPTED["MaHoSo"]) is None


def test_malformed_dates_and_statuses_are_refused(sandbox: Sandbox, session: str) -> None:
    reply = call(sandbox, session, "DongBoHoSoMC", isUpdating="False",
                 data=[{**ACCEPTED, "NgayTiepNhan": "09/11/2026", "TrangThaiHoSo": "11"}])
    assert "Sai định dạng NgayTiepNhan" in reply["message"] and "TrangThaiHoSo" in reply["message"]


def test_updates_and_progress_need_a_dossier_the_national_side_holds(sandbox: Sandbox, session: str) -> None:
    assert call(sandbox, session, "DongBoHoSoMC", isUpdating="True", data=[ACCEPTED])["error_code"] == "-2"
    assert call(sandbox, session, "CapNhatTienDoHoSoMC", data=[PROGRESS])["error_code"] == "-2"


def test_the_system_error_switch_answers_minus_3(sandbox: Sandbox, session: str) -> None:
    sandbox.switch("dongbo.loi_he_thong")
    assert call(sandbox, session, "TraCuuHoSo", mahoso="x") == {"error_code": "-3", "message": "Lỗi hệ thống"}
