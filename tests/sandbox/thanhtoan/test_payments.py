"""Payment requests in the store: paid by a good callback, untouched by a refused one, cancelled, refunded; the
statistics' ledger reads them."""

from datetime import datetime

import pytest

from sandbox.store import Store
from sandbox.thanhtoan.callbacks import ALREADY_CONFIRMED, WRONG_AMOUNT, WRONG_SIGNATURE, CallbackRefused
from sandbox.thanhtoan.ledger import dossiers_paid_online
from sandbox.thanhtoan.payments import DDL, PaymentRequests, Refund
from sandbox.thanhtoan.signing import CALLBACK_FIELDS, sign
from sandbox.thanhtoan.states import PaymentRefused, PaymentState

SECRET = "bi-mat-chung"
MA = "000.21.31.H15-261202-0001"
PAID_AT = datetime(2026, 12, 2, 15, 0, 7)
REFUND = Refund("Hồ sơ không được tiếp nhận", "Nguyễn Văn Mốt", datetime(2026, 12, 3, 9, 0))


@pytest.fixture
def requests(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    store.create_tables(DDL)
    yield PaymentRequests(store)
    store.close()


def callback(reference="TT1", amount="10000", transaction="GD1", secret=SECRET) -> dict:
    message = {"LoaiBanTin": "CONFIRM", "MaLoi": "00", "MaDoiTac": "DVCQG", "MaThamChieu": reference,
               "SoTien": amount, "MaTienTe": "VND", "MaGiaoDich": transaction, "MaNganHang": "VCB",
               "ThoiGianGD": "20261202150000", "ThongTinGiaoDich": f"THANH TOAN HO SO {MA}"}
    return {**message, "MaXacThuc": sign(message, CALLBACK_FIELDS, secret)}


def test_paid_by_a_signed_callback_and_counted(requests):
    assert requests.open("TT1", MA, 10_000, "2026-12-02T15:00").trang_thai is PaymentState.CHO_THANH_TOAN
    paid = requests.confirm(callback(), SECRET, "BL-1", PAID_AT)
    assert (paid.trang_thai, paid.ma_giao_dich, paid.so_bien_lai, paid.paid_at) == (
        PaymentState.DA_THANH_TOAN, "GD1", "BL-1", PAID_AT)
    assert dossiers_paid_online(requests.store) == {MA}


@pytest.mark.parametrize(("message", "refusal"), [(callback(secret="khac"), WRONG_SIGNATURE),
                                                  (callback(amount="1000"), WRONG_AMOUNT)])
def test_refused_callback_changes_nothing(requests, message, refusal):
    requests.open("TT1", MA, 10_000, "2026-12-02T15:00")
    with pytest.raises(CallbackRefused, match=refusal):
        requests.confirm(message, SECRET, "BL-1", PAID_AT)
    assert requests.state_of(MA) is PaymentState.CHO_THANH_TOAN
    assert dossiers_paid_online(requests.store) == set()


def test_replayed_callback_refused(requests):
    requests.open("TT1", MA, 10_000, "2026-12-02T15:00")
    requests.confirm(callback(), SECRET, "BL-1", PAID_AT)
    with pytest.raises(CallbackRefused, match=ALREADY_CONFIRMED):
        requests.confirm(callback(), SECRET, "BL-2", PAID_AT)
    assert requests.by_reference("TT1").so_bien_lai == "BL-1"


def test_cancelled_stays_unpaid_and_refund_after_paying(requests):
    requests.open("TT1", MA, 10_000, "2026-12-02T15:00")
    assert requests.cancel("TT1").trang_thai is PaymentState.HUY_THANH_TOAN
    with pytest.raises(PaymentRefused):
        requests.refund("TT1", REFUND)
    assert dossiers_paid_online(requests.store) == set()
    requests.open("TT2", MA, 10_000, "2026-12-02T15:05")
    requests.confirm(callback(reference="TT2", transaction="GD2"), SECRET, "BL-2", PAID_AT)
    refunded = requests.refund("TT2", REFUND)
    assert refunded.trang_thai is PaymentState.DA_HOAN_PHI and refunded.refund == REFUND
    assert dossiers_paid_online(requests.store) == {MA}
