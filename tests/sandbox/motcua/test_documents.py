"""The slips issued (Mẫu 01, 02, 03, 05) as official forms read by label, and the signed result document."""

import pytest

from tests.sandbox.motcua.support import OTHER_WARD_POLICE, BackOffice, alerts, section, values

RECEIPT = "Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả"


def test_mau_01_has_every_value_of_the_receipt(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"], name="Lê Văn Nam")
    desk.post(f"/motcua/ho-so/{ma_ho_so}/tiep-nhan")

    page = desk.get(f"/motcua/ho-so/{ma_ho_so}/phieu/01").text

    assert f"<h1 id=\"phieu-tieu-de\">{RECEIPT}</h1>" in page
    assert values(section(page, RECEIPT)) == {
        "Mã hồ sơ": ma_ho_so, "Chủ hồ sơ": "Trần Thị Mai", "Thủ tục": "Đăng ký tạm trú",
        "Cơ quan tiếp nhận": "Công an Phường Tuy Hòa", "Ngày tiếp nhận": "09/11/2026 09:00",
        "Ngày hẹn trả kết quả": "11/11/2026 17:00", "Thành phần hồ sơ": "Tờ khai (dữ liệu thiết lập)",
        "Cán bộ tiếp nhận": "Lê Văn Nam",
    }
    assert "<li>Tờ khai (dữ liệu thiết lập)</li>" in page


@pytest.mark.parametrize(("status", "mau", "title", "expected"), [
    (5, "02", "Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
     {"Ngày yêu cầu": "09/11/2026 09:00", "Nội dung yêu cầu bổ sung": "Dữ liệu thiết lập cho kiểm thử.",
      "Cán bộ yêu cầu": "Cán bộ thiết lập dữ liệu (sandbox)"}),
    (3, "03", "Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ",
     {"Ngày từ chối": "09/11/2026 09:00", "Lý do từ chối": "Dữ liệu thiết lập cho kiểm thử.",
      "Cán bộ tiếp nhận": "Cán bộ thiết lập dữ liệu (sandbox)"}),
    (8, "05", "Mẫu số 05 — Thông báo dừng giải quyết hồ sơ",
     {"Ngày dừng xử lý": "09/11/2026 09:00", "Lý do dừng": "Dữ liệu thiết lập cho kiểm thử.",
      "Người ký": "Cán bộ thiết lập dữ liệu (sandbox)"}),
])
def test_each_slip_has_its_own_values(back_office: BackOffice, status: int, mau: str, title: str,
                                      expected: dict) -> None:
    ma_ho_so = back_office.dossier(status)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    slip = values(section(desk.get(f"/motcua/ho-so/{ma_ho_so}/phieu/{mau}").text, title))

    common = {"Mã hồ sơ": ma_ho_so, "Chủ hồ sơ": "Trần Thị Mai", "Thủ tục": "Đăng ký tạm trú",
              "Cơ quan tiếp nhận": "Công an Phường Tuy Hòa"}
    assert slip == common | expected


def test_a_slip_not_issued_is_404(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(2)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    assert desk.get(f"/motcua/ho-so/{ma_ho_so}/phieu/03").status_code == 404
    assert desk.get(f"/motcua/ho-so/{ma_ho_so}/phieu/01?lan=2").status_code == 404
    assert desk.get(f"/motcua/ho-so/{ma_ho_so}/phieu/01?lan=1").status_code == 200


def test_another_unit_s_slip_is_refused(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(2, unit_code=OTHER_WARD_POLICE)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    for address in (f"/motcua/ho-so/{ma_ho_so}/phieu/01", f"/motcua/ho-so/{ma_ho_so}/ket-qua"):
        assert desk.get(address).status_code == 403, address


@pytest.mark.parametrize("status", [9, 10])
def test_the_result_document_shows_the_result_and_its_signature(back_office: BackOffice, status: int) -> None:
    dossier = back_office.dossier(status)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    result = dossier["result"]

    page = desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}/ket-qua").text

    document = section(page, result["ten_giay_to"])
    assert values(document)["Mã hồ sơ"] == dossier["ma_ho_so"]
    assert values(document)["Số"] == result["so_van_ban"]
    assert values(section(page, "Chữ ký số")) == {
        "Người ký": result["nguoi_ky"], "Chức vụ": "Lãnh đạo đơn vị", "Chứng thư số": result["chung_thu"],
        "Số hiệu chứng thư": result["so_hieu_chung_thu"], "Thời điểm ký": "09/11/2026 09:00",
        "Thuật toán": "SHA256withRSA", "Mã băm (SHA-256)": result["ma_bam"],
    }


@pytest.mark.parametrize("status", [3, 4, 7])
def test_a_dossier_without_a_signed_result_has_no_result_document(back_office: BackOffice, status: int) -> None:
    ma_ho_so = back_office.dossier(status)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.get(f"/motcua/ho-so/{ma_ho_so}/ket-qua")

    assert (response.status_code, alerts(response.text)) == (
        404, [f"Hồ sơ {ma_ho_so} không có kết quả giải quyết đã ký số."])
    assert "Kết quả giải quyết" not in desk.get(f"/motcua/ho-so/{ma_ho_so}").text
