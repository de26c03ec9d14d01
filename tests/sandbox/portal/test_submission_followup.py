"""After submission, the citizen's own dossier page: the supplement request and "Bổ sung hồ sơ" (SUPPLEMENT,
or RESUBMIT before acceptance), "Rút hồ sơ" with a reason, "Tải kết quả" of the signed result; owner only."""

import re

import pytest
from fastapi.testclient import TestClient

from tests.sandbox.dongbo.support import wait_until
from tests.sandbox.eforms.support import (
    CITIZEN,
    MONDAY_9AM,
    OTHER_CITIZEN,
    PDF,
    alerts,
    details,
    field_error,
    log_in,
)

WARD_POLICE = "000.21.31.H15"
SETUP_REQUEST = "Dữ liệu thiết lập cho kiểm thử."


def dossier(client: TestClient, status: int, **options: str) -> str:
    body = {"procedure_code": "1.004194", "unit_code": WARD_POLICE, "owner": CITIZEN["so_dinh_danh"],
            "status": status, **options}
    response = client.post("/_setup/dossiers", json=body)
    assert response.status_code == 201, response.text
    return response.json()["ma_ho_so"]


def shown(client: TestClient, ma_ho_so: str) -> dict[str, str]:
    return details(client.get(f"/ho-so/{ma_ho_so}").text)


def supplement(client: TestClient, ma_ho_so: str, *files: tuple):
    return client.post(f"/ho-so/{ma_ho_so}/bo-sung", files=[("giay_to_bo_sung", file) for file in files] or None,
                       follow_redirects=False)


def test_the_page_shows_the_status_dates_and_the_officers_request(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 5)

    page = portal.get(f"/ho-so/{ma_ho_so}").text

    assert details(page)["Trạng thái"] == "Yêu cầu bổ sung giấy tờ"
    assert details(page)["Nội dung yêu cầu bổ sung"] == SETUP_REQUEST
    assert details(page)["Ngày tiếp nhận"] == "09/11/2026 09:00"
    assert ">Bổ sung hồ sơ</button>" in page and ">Rút hồ sơ</button>" in page


def test_a_supplement_during_processing_resumes_it_with_a_new_appointment(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 5, received_at="2026-11-02T09:00:00+07:00")
    assert shown(portal, ma_ho_so)["Ngày hẹn trả"] == "04/11/2026 17:00"
    portal.post("/_setup/clock", json={"now": MONDAY_9AM.replace(hour=15, minute=30).isoformat()})

    response = supplement(portal, ma_ho_so, ("giay-to-cho-o.pdf", PDF, "application/pdf"))

    assert (response.status_code, response.headers["location"]) == (303, f"/ho-so/{ma_ho_so}?thong_bao=bo-sung")
    notice = "Đã gửi giấy tờ bổ sung. Ngày hẹn trả mới: 12/11/2026 17:00."
    assert notice in portal.get(response.headers["location"]).text
    after = shown(portal, ma_ho_so)
    # After 15:00 on Monday 9/11 the count starts on Tuesday: three working days end Thursday 12/11 at 17:00.
    assert (after["Trạng thái"], after["Ngày hẹn trả"]) == ("Đang xử lý", "12/11/2026 17:00")
    assert "Bổ sung lần 1" in portal.get(f"/ho-so/{ma_ho_so}").text


def test_a_supplement_asked_at_receiving_is_a_resubmission(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 5, supplement_at="receiving")

    supplement(portal, ma_ho_so, ("to-khai-ct01.pdf", PDF, "application/pdf"))

    after = shown(portal, ma_ho_so)
    assert (after["Trạng thái"], after["Ngày hẹn trả"]) == ("Mới đăng ký", "Chưa có")


def test_a_supplement_without_a_file_or_with_a_wrong_one_is_refused(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 5)

    empty = supplement(portal, ma_ho_so)
    wrong = supplement(portal, ma_ho_so, ("anh.exe", b"MZ\x90\x00", "application/x-msdownload"))

    assert (empty.status_code, field_error(empty.text, "giay_to_bo_sung")) == (
        422, "Vui lòng đính kèm giấy tờ bổ sung.")
    assert (wrong.status_code, field_error(wrong.text, "giay_to_bo_sung")) == (
        422, "Tệp anh.exe không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX).")
    assert shown(portal, ma_ho_so)["Trạng thái"] == "Yêu cầu bổ sung giấy tờ"


def test_a_supplement_nobody_asked_for_is_refused(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 4)

    response = supplement(portal, ma_ho_so, ("to-khai.pdf", PDF, "application/pdf"))

    assert response.status_code == 409
    assert "Không thể bổ sung hồ sơ ở trạng thái “Đang xử lý”." in alerts(response.text)
    assert ">Bổ sung hồ sơ</button>" not in response.text


@pytest.mark.parametrize("status", [1, 4, 5])
def test_the_citizen_withdraws_with_a_reason(portal: TestClient, status: int) -> None:
    ma_ho_so = dossier(portal, status)

    response = portal.post(f"/ho-so/{ma_ho_so}/rut", data={"ly_do": "Đã chuyển nơi ở"}, follow_redirects=False)

    assert response.headers["location"] == f"/ho-so/{ma_ho_so}?thong_bao=rut"
    page = portal.get(response.headers["location"]).text
    assert details(page)["Trạng thái"] == "Công dân yêu cầu rút hồ sơ"
    assert "Công dân rút hồ sơ. Lý do: Đã chuyển nơi ở" in page
    assert ">Rút hồ sơ</button>" not in page


def test_a_withdrawal_needs_a_reason(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 4)

    response = portal.post(f"/ho-so/{ma_ho_so}/rut", data={"ly_do": " "})

    assert (response.status_code, field_error(response.text, "ly_do")) == (422, "Vui lòng nhập lý do rút hồ sơ.")
    assert shown(portal, ma_ho_so)["Trạng thái"] == "Đang xử lý"


def test_a_dossier_already_decided_cannot_be_withdrawn(portal: TestClient) -> None:
    ma_ho_so = dossier(portal, 9)

    response = portal.post(f"/ho-so/{ma_ho_so}/rut", data={"ly_do": "Không cần nữa"})

    assert response.status_code == 409
    assert "Không thể rút hồ sơ ở trạng thái “Đã xử lý xong”." in alerts(response.text)


@pytest.mark.parametrize("status", [9, 10])
def test_the_owner_downloads_the_signed_result(portal: TestClient, status: int) -> None:
    ma_ho_so = dossier(portal, status)

    response = portal.get(f"/ho-so/{ma_ho_so}/ket-qua")

    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="ket-qua-{ma_ho_so}.html"'
    result = portal.get(f"/_setup/dossiers/{ma_ho_so}").json()["result"]
    for value in (result["ten_giay_to"], result["so_van_ban"], result["nguoi_ky"], result["chung_thu"],
                  result["ma_bam"], "09/11/2026 09:00:00", result["noi_dung_ky"]):
        assert value in response.text


def test_the_result_is_for_its_owner_only_and_only_once_signed(portal: TestClient) -> None:
    signed, processing = dossier(portal, 10), dossier(portal, 4)
    assert portal.get(f"/ho-so/{processing}/ket-qua").status_code == 404

    portal.cookies.clear()
    assert portal.get(f"/ho-so/{signed}/ket-qua", follow_redirects=False).status_code == 303
    log_in(portal, OTHER_CITIZEN)
    assert portal.get(f"/ho-so/{signed}/ket-qua").status_code == 404
    assert portal.get(f"/ho-so/{signed}").status_code == 404


def test_dich_vu_cong_cua_toi_links_each_dossier_to_its_page(portal: TestClient) -> None:
    portal.put("/_setup/dongbo/config", json={"delay_ms": 20, "retry_ms": 50})
    ma_ho_so = dossier(portal, 1)

    def listed() -> str | None:
        page = portal.get("/dich-vu-cong-cua-toi").text
        return page if ma_ho_so in page else None

    page = wait_until(listed, f"{ma_ho_so} trong Dịch vụ công của tôi")

    assert re.search(rf'<a href="/ho-so/{re.escape(ma_ho_so)}"[^>]*>Xem hồ sơ</a>', page)
