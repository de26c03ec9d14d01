"""POST /DvcPayment/Confirm on a running sandbox: a signed callback pays, a forged one is refused in words."""

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.settings import SandboxSettings
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.signing import CALLBACK_FIELDS, SECRET_ENV, sign
from sandbox.thanhtoan.states import PaymentState

SECRET = "bi-mat-cua-tien-trinh"
MA = "000.21.31.H15-261202-0001"


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, SECRET)
    app = create_app(SandboxSettings(db_path=tmp_path / "db.sqlite"))
    PaymentRequests(app.state.sandbox.store).open("TT1", MA, 10_000, "2026-12-02T15:00")
    with TestClient(app) as client:
        yield client, PaymentRequests(app.state.sandbox.store)


def callback(secret: str) -> dict:
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MaDoiTac": "DVCQG", "MaThamChieu": "TT1",
               "SoTien": "10000", "MaTienTe": "VND", "MaGiaoDich": "GD1", "MaNganHang": "VCB",
               "ThoiGianGD": "20261202150000", "ThongTinGiaoDich": f"THANH TOAN HO SO {MA}"}
    return {**message, "MaXacThuc": sign(message, CALLBACK_FIELDS, secret)}


def test_signed_callback_pays(sandbox):
    client, requests = sandbox
    answer = client.post("/DvcPayment/Confirm", json=callback(SECRET))
    assert (answer.status_code, answer.json()["MaLoi"]) == (200, "00")
    assert requests.state_of(MA) is PaymentState.DA_THANH_TOAN


def test_forged_callback_refused(sandbox):
    client, requests = sandbox
    answer = client.post("/DvcPayment/Confirm", json=callback("khoa-doan-mo"))
    assert answer.json() == {"MaLoi": "01", "MoTaLoi": "Mã xác thực không chính xác"}
    assert requests.state_of(MA) is PaymentState.CHO_THANH_TOAN
