"""The back office's "Thu phí/lệ phí": the fee lists follow the dossier's payment request, and "Hoàn phí" hands
a fee paid online back — only for a dossier that will not be resolved, only by the fee roles, never without a
reason — and the citizen's page then says Đã hoàn phí."""

import re

import pytest
from fastapi.testclient import TestClient

from sandbox.thanhtoan.signing import SECRET_ENV
from tests.sandbox.identity.support import CITIZEN
from tests.sandbox.motcua.support import BackOffice, alerts, buttons, section, table, values

PAID_ONLINE = ("/motcua/thu-phi-le-phi/da-thu-phi-truc-tuyen", "Hồ sơ đã thu phí trực tuyến")
PAID = ("/motcua/thu-phi-le-phi/da-thu-phi", "Đã thu phí")
REFUNDED = ("/motcua/thu-phi-le-phi/da-hoan-phi", "Đã hoàn phí")
WAITING = ("/motcua/thu-phi-le-phi/cho-thu-phi", "Chờ thu phí")
REASON = "Hồ sơ không được tiếp nhận: hoàn lại lệ phí đã nộp trực tuyến."


@pytest.fixture(autouse=True)
def platform_secret(monkeypatch):
    monkeypatch.setenv(SECRET_ENV, "bi-mat-cua-tien-trinh")


def citizen(office: BackOffice) -> TestClient:
    client = TestClient(office.app)
    cookie = office.setup.post("/_setup/sessions", json={"system": "portal", "login": CITIZEN["so_dinh_danh"]})
    assert cookie.status_code == 201, cookie.text
    client.cookies.set(cookie.json()["name"], cookie.json()["value"])
    return client


def start_paying(office: BackOffice) -> tuple[str, TestClient, str]:
    """A new 1.004222 dossier (10.000 đồng online) whose citizen is on the platform's page."""
    ma_ho_so = office.dossier(1, "1.004222")["ma_ho_so"]
    owner = citizen(office)
    to_platform = owner.post(f"/ho-so/{ma_ho_so}/thanh-toan", follow_redirects=False)
    return ma_ho_so, owner, re.search(r"sessionId=([\w-]+)", to_platform.headers["location"]).group(1)


def paid(office: BackOffice) -> tuple[str, TestClient]:
    ma_ho_so, owner, session = start_paying(office)
    owner.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session})
    return ma_ho_so, owner


def listed(client: TestClient, address: str, caption: str) -> list[dict[str, str]]:
    page = client.get(address)
    assert page.status_code == 200, page.text
    return [] if "Chưa có hồ sơ." in page.text else table(page.text, caption)


def test_fee_lists_follow_the_payment_request(back_office: BackOffice) -> None:
    waiting, _, _ = start_paying(back_office)
    settled, _ = paid(back_office)
    back_office.dossier(1, "1.004222")
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    assert [row["Mã hồ sơ"] for row in listed(desk, *WAITING)] == [waiting]
    (row,) = listed(desk, *PAID)
    assert (row["Mã hồ sơ"], row["Số tiền"], row["Trạng thái thanh toán"]) == (settled, "10.000 đồng", "Đã thanh toán")
    assert re.fullmatch(r"BL\d{8}", row["Số biên lai"])
    assert [row["Mã hồ sơ"] for row in listed(desk, *PAID_ONLINE)] == [settled]
    assert listed(desk, *REFUNDED) == []


def test_refund_of_a_refused_dossier(back_office: BackOffice) -> None:
    ma_ho_so, owner = paid(back_office)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"], name="Trần Thị Thu")
    address = f"/motcua/ho-so/{ma_ho_so}"
    assert "Hoàn phí" not in buttons(desk.get(address).text), "hồ sơ còn được giải quyết: không hoàn phí"
    assert desk.post(f"{address}/hoan-phi", data={"ghi_chu": REASON}).status_code == 409
    desk.post(f"{address}/tu-choi-tiep-nhan", data={"ghi_chu": "Thiếu giấy tờ"})
    assert "Hoàn phí" in buttons(desk.get(address).text)

    empty = desk.post(f"{address}/hoan-phi", data={"ghi_chu": "  "})
    assert empty.status_code == 422 and "Vui lòng nhập lý do hoàn phí." in alerts(empty.text)
    done = desk.post(f"{address}/hoan-phi", data={"ghi_chu": REASON})

    assert done.status_code == 200 and "Đã hoàn phí cho công dân." in done.text
    fees = values(section(done.text, "Phí, lệ phí"))
    assert (fees["Trạng thái thanh toán"], fees["Lý do hoàn phí"], fees["Người hoàn phí"]) == (
        "Đã hoàn phí", REASON, "Trần Thị Thu")
    assert "Hoàn phí" not in buttons(done.text)
    assert [row["Mã hồ sơ"] for row in listed(desk, *REFUNDED)] == [ma_ho_so]
    assert [row["Trạng thái thanh toán"] for row in listed(desk, *PAID_ONLINE)] == ["Đã hoàn phí"]
    assert listed(desk, *PAID) == []
    assert values(section(owner.get(f"/ho-so/{ma_ho_so}").text, "Thanh toán trực tuyến"))[
        "Trạng thái thanh toán"] == "Đã hoàn phí"
    assert desk.post(f"{address}/hoan-phi", data={"ghi_chu": REASON}).status_code == 409


def test_only_fee_roles_refund(back_office: BackOffice) -> None:
    ma_ho_so, _ = paid(back_office)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    desk.post(f"/motcua/ho-so/{ma_ho_so}/tu-choi-tiep-nhan", data={"ghi_chu": "Thiếu giấy tờ"})
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])

    assert "Hoàn phí" not in buttons(clerk.get(f"/motcua/ho-so/{ma_ho_so}").text)
    assert clerk.post(f"/motcua/ho-so/{ma_ho_so}/hoan-phi", data={"ghi_chu": REASON}).status_code == 403
    assert clerk.get(REFUNDED[0]).status_code == 403
    accountant = back_office.officer("kt.tuyhoa", ["KE_TOAN"])
    assert accountant.post(f"/motcua/ho-so/{ma_ho_so}/hoan-phi", data={"ghi_chu": REASON}).status_code == 200
