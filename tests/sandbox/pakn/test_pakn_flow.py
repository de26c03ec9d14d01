"""The PAKN subsystem through HTTP: form checks at the field, the mã số, route + answer + publication, the public
lookup and list, refusal with its reason, permissions on the server, overdue from the clock, and the ledger."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sandbox.app import create_app
from sandbox.pakn.ledger import pakn_facts
from sandbox.settings import SandboxSettings

PASSWORD = "Matkhau@2026"
UNIT = "000.21.31.H15"
OTHER_UNIT = "000.21.32.H15"
FORM = {"doi_tuong": "Người dân", "ho_ten": "Trần Thị Mai", "cccd": "079190001234", "dia_chi": "Phường Tuy Hòa",
        "dien_thoai": "0912345678", "email": "mai@example.vn", "ve_viec": "Quy định hành chính",
        "tieu_de": "Thời hạn cấp giấy tạm trú", "noi_dung": "Đề nghị rút ngắn thời hạn."}


@pytest.fixture
def app(tmp_path: Path):
    return create_app(SandboxSettings(db_path=tmp_path / "db.sqlite3"))


@pytest.fixture
def setup(app) -> Iterator[TestClient]:
    with TestClient(app) as client:
        assert client.post("/_setup/clock", json={"now": "2026-11-09T09:00:00+07:00"}).status_code == 200
        yield client


def officer(app, setup: TestClient, username: str, roles: list[str], unit: str = UNIT) -> TestClient:
    created = setup.post("/_setup/officers", json={"username": username, "password": PASSWORD,
                                                   "ho_va_ten": "Lê Văn Nam", "unit_code": unit, "roles": roles})
    assert created.status_code == 201, created.text
    client = TestClient(app)
    assert client.post("/pakn/quan-tri/dang-nhap", data={"ten_dang_nhap": username, "mat_khau": PASSWORD},
                       follow_redirects=False).status_code == 303
    return client


def send(client: TestClient, **changes: str) -> str:
    response = client.post("/pakn/gui-phan-anh", data={**FORM, **changes}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[-1]


def test_code_is_the_day_and_its_rank(setup: TestClient) -> None:
    assert [send(setup), send(setup)] == ["PAKN-20261109-00001", "PAKN-20261109-00002"]


def test_missing_title_is_told_at_the_field_and_nothing_is_kept(setup: TestClient) -> None:
    response = setup.post("/pakn/gui-phan-anh", data={**FORM, "tieu_de": ""})
    assert response.status_code == 422
    assert 'id="tieu_de-loi" class="field-error" role="alert">Vui lòng nhập tiêu đề.' in response.text
    assert FORM["noi_dung"] in response.text
    assert "Không tìm thấy" in setup.get("/pakn/tra-cuu", params={"ma_so": "PAKN-20261109-00001"}).text


def test_answered_and_published_is_public(app, setup: TestClient) -> None:
    ma_so = send(setup)
    handler = officer(app, setup, "pakn.tuyhoa", ["XU_LY_PAKN"])
    base = f"/pakn/quan-tri/pakn/{ma_so}"
    assert handler.post(f"{base}/tra-loi", data={"tra_loi": "x", "cong_khai": "Công khai"}).status_code == 409
    assert handler.post(f"{base}/chuyen-xu-ly", data={"phan_loai": "TTHC", "don_vi": UNIT}).status_code == 200
    answer = {"tra_loi": "Đã rút ngắn.", "cong_khai": "Công khai"}
    assert handler.post(f"{base}/tra-loi", data=answer).status_code == 200
    lookup = setup.get("/pakn/tra-cuu", params={"ma_so": ma_so}).text
    assert "Đã trả lời" in lookup and "Đã rút ngắn." in lookup
    assert ma_so in setup.get("/pakn/da-tra-loi", params={"tu_khoa": ma_so}).text
    rated = setup.post(f"/pakn/tra-cuu/{ma_so}/danh-gia", data={"danh_gia": "Hài lòng", "cccd_danh_gia": FORM["cccd"]},
                       follow_redirects=False)
    assert rated.status_code == 303
    [facts] = pakn_facts(app.state.sandbox.store)
    assert (facts.unit_code, facts.classification, facts.rating, facts.refused) == (UNIT, "TTHC", "Hài lòng", False)


def test_unpublished_answer_stays_private(app, setup: TestClient) -> None:
    ma_so = send(setup)
    handler = officer(app, setup, "pakn.tuyhoa", ["XU_LY_PAKN"])
    handler.post(f"/pakn/quan-tri/pakn/{ma_so}/chuyen-xu-ly", data={"phan_loai": "CAN_BO", "don_vi": UNIT})
    handler.post(f"/pakn/quan-tri/pakn/{ma_so}/tra-loi", data={"tra_loi": "Bí mật.", "cong_khai": "Không công khai"})
    assert "Bí mật." not in setup.get("/pakn/tra-cuu", params={"ma_so": ma_so}).text
    assert ma_so not in setup.get("/pakn/da-tra-loi").text


def test_refusal_needs_a_reason_and_shows_it(app, setup: TestClient) -> None:
    ma_so = send(setup)
    handler = officer(app, setup, "pakn.tuyhoa", ["XU_LY_PAKN"])
    assert handler.post(f"/pakn/quan-tri/pakn/{ma_so}/tu-choi", data={"ly_do": " "}).status_code == 422
    handler.post(f"/pakn/quan-tri/pakn/{ma_so}/tu-choi", data={"ly_do": "Nội dung là đơn tố cáo."})
    lookup = setup.get("/pakn/tra-cuu", params={"ma_so": ma_so}).text
    assert "Từ chối tiếp nhận" in lookup and "Nội dung là đơn tố cáo." in lookup
    assert pakn_facts(app.state.sandbox.store)[0].refused


def test_permissions_are_checked_on_the_server(app, setup: TestClient) -> None:
    ma_so = send(setup)
    one_stop = officer(app, setup, "motcua.tuyhoa", ["MOT_CUA"])
    assert one_stop.post(f"/pakn/quan-tri/pakn/{ma_so}/tu-choi", data={"ly_do": "x"}).status_code == 403
    handler = officer(app, setup, "pakn.tuyhoa", ["XU_LY_PAKN"])
    handler.post(f"/pakn/quan-tri/pakn/{ma_so}/chuyen-xu-ly", data={"phan_loai": "TTHC", "don_vi": UNIT})
    elsewhere = officer(app, setup, "pakn.bmt", ["XU_LY_PAKN"], OTHER_UNIT)
    answered = elsewhere.post(f"/pakn/quan-tri/pakn/{ma_so}/tra-loi", data={"tra_loi": "x", "cong_khai": "Công khai"})
    assert answered.status_code == 403
    assert TestClient(app).get("/pakn/quan-tri/chua-tra-loi", follow_redirects=False).status_code == 303


def test_overdue_after_ten_working_days(app, setup: TestClient) -> None:
    ma_so = send(setup)  # Monday 09/11/2026: due Monday 23/11/2026
    handler = officer(app, setup, "pakn.tuyhoa", ["XU_LY_PAKN"])
    setup.post("/_setup/clock", json={"now": "2026-11-23T23:00:00+07:00"})
    assert "Trong hạn" in handler.get("/pakn/quan-tri/chua-tra-loi", params={"ma_so": ma_so}).text
    setup.post("/_setup/clock", json={"now": "2026-11-24T08:00:00+07:00"})
    page = handler.get("/pakn/quan-tri/chua-tra-loi", params={"ma_so": ma_so}).text
    assert "Quá hạn" in page and "23/11/2026" in page
