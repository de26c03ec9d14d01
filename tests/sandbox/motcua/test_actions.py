"""Every action of the dossier page over HTTP: what it changes, the slip it leads to, and each refusal (another
unit, a role without the action, a status that does not allow it, a missing reason, a failing signature),
after which nothing has changed."""

import re

import pytest

from tests.sandbox.motcua.support import OTHER_WARD_POLICE, BackOffice, alerts, section, values

OTHER_UNIT = "Hồ sơ không thuộc đơn vị của bạn: bạn không có quyền xử lý hồ sơ này."


def test_accepting_issues_the_receipt_and_sets_the_appointment(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"], name="Lê Văn Nam")

    response = desk.post(f"/motcua/ho-so/{ma_ho_so}/tiep-nhan", follow_redirects=False)
    dossier = back_office.read(ma_ho_so)

    assert response.status_code == 303
    assert response.headers["location"] == f"/motcua/ho-so/{ma_ho_so}/phieu/01?thong-bao=tiep-nhan"
    assert (dossier["ten_trang_thai"], dossier["ngay_hen_tra"][:16]) == ("Được tiếp nhận", "2026-11-11T17:00")
    assert dossier["progress"][-1] | {"thoi_diem_xu_ly": None} == {
        "nguoi_xu_ly": "Lê Văn Nam", "chuc_danh": "Cán bộ tiếp nhận", "phong_ban_xu_ly": "Công an Phường Tuy Hòa",
        "thoi_diem_xu_ly": None, "noi_dung_xu_ly": "Tiếp nhận hồ sơ. Ngày hẹn trả: 11/11/2026 17:00.",
        "trang_thai": 2, "ngay_ket_thuc_theo_quy_dinh": dossier["ngay_hen_tra"]}
    slip = desk.get(response.headers["location"]).text
    assert "Đã tiếp nhận hồ sơ." in slip


def test_refusing_with_a_reason_issues_mau_03(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.post(f"/motcua/ho-so/{ma_ho_so}/tu-choi-tiep-nhan", data={"ghi_chu": "Sai thẩm quyền."})

    assert response.url.path == f"/motcua/ho-so/{ma_ho_so}/phieu/03"
    assert values(section(response.text, "Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ"))["Lý do từ chối"] \
        == "Sai thẩm quyền."
    dossier = back_office.read(ma_ho_so)
    assert (dossier["trang_thai"], dossier["result"]) == (3, None)


@pytest.mark.parametrize(("status", "roles", "slug", "field_id", "message"), [
    (1, ["MOT_CUA"], "tu-choi-tiep-nhan", "ly_do_tu_choi", "Vui lòng nhập lý do từ chối tiếp nhận."),
    (1, ["MOT_CUA"], "yeu-cau-bo-sung", "noi_dung_bo_sung", "Vui lòng nhập nội dung yêu cầu bổ sung."),
    (4, ["CHUYEN_VIEN"], "yeu-cau-bo-sung", "noi_dung_bo_sung", "Vui lòng nhập nội dung yêu cầu bổ sung."),
    (4, ["LANH_DAO_DON_VI"], "dung-xu-ly", "ly_do_dung", "Vui lòng nhập lý do dừng xử lý."),
])
def test_a_missing_reason_is_told_at_its_field_and_changes_nothing(back_office: BackOffice, status: int,
                                                                   roles: list[str], slug: str, field_id: str,
                                                                   message: str) -> None:
    before = back_office.dossier(status)
    officer = back_office.officer("can.bo", roles)

    response = officer.post(f"/motcua/ho-so/{before['ma_ho_so']}/{slug}", data={"ghi_chu": "   "})

    assert response.status_code == 422
    assert alerts(response.text) == [message]
    field = re.search(rf'<textarea id="{field_id}"[^>]*>([^<]*)</textarea>', response.text)
    assert 'aria-invalid="true"' in field.group(0) and f'aria-describedby="{field_id}-loi"' in field.group(0)
    assert field.group(1) == "   ", "what the officer typed is kept"
    assert re.search(rf'<dialog id="hop-{slug}"[^>]* open>', response.text)
    after = back_office.read(before["ma_ho_so"])
    assert (after["trang_thai"], after["slips"], after["progress"]) == (status, before["slips"], before["progress"])


def test_a_supplement_asked_at_receiving_issues_mau_02(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.post(f"/motcua/ho-so/{ma_ho_so}/yeu-cau-bo-sung", data={"ghi_chu": "Bổ sung hợp đồng thuê nhà."})

    assert response.url.path == f"/motcua/ho-so/{ma_ho_so}/phieu/02"
    slip = values(section(response.text, "Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"))
    assert slip["Nội dung yêu cầu bổ sung"] == "Bổ sung hợp đồng thuê nhà."
    assert back_office.read(ma_ho_so)["trang_thai"] == 5


@pytest.mark.parametrize("roles", [["MOT_CUA"], ["CHUYEN_VIEN"]])
def test_starting_processing_moves_the_dossier_to_dang_xu_ly(back_office: BackOffice, roles: list[str]) -> None:
    ma_ho_so = back_office.dossier(2)["ma_ho_so"]
    officer = back_office.officer("can.bo", roles)

    response = officer.post(f"/motcua/ho-so/{ma_ho_so}/chuyen-xu-ly")

    assert response.url.path == f"/motcua/ho-so/{ma_ho_so}" and "Đã chuyển hồ sơ sang xử lý." in response.text
    assert back_office.read(ma_ho_so)["trang_thai"] == 4


def test_a_leader_stops_processing_with_mau_05(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(4)["ma_ho_so"]
    leader = back_office.officer("ld.tuyhoa", ["LANH_DAO_DON_VI"], name="Nguyễn Văn Hùng")

    response = leader.post(f"/motcua/ho-so/{ma_ho_so}/dung-xu-ly", data={"ghi_chu": "Công dân đã chuyển đi."})

    slip = values(section(response.text, "Mẫu số 05 — Thông báo dừng giải quyết hồ sơ"))
    assert (slip["Lý do dừng"], slip["Người ký"]) == ("Công dân đã chuyển đi.", "Nguyễn Văn Hùng")
    assert back_office.read(ma_ho_so)["trang_thai"] == 8


def test_a_leader_approves_and_signs_the_result(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(4)["ma_ho_so"]
    leader = back_office.officer("ld.tuyhoa", ["LANH_DAO_DON_VI"], name="Nguyễn Văn Hùng")

    response = leader.post(f"/motcua/ho-so/{ma_ho_so}/phe-duyet-ky-so")

    result = back_office.read(ma_ho_so)["result"]
    assert back_office.read(ma_ho_so)["trang_thai"] == 9
    assert (result["nguoi_ky"], result["chuc_vu"]) == ("Nguyễn Văn Hùng", "Lãnh đạo đơn vị")
    assert result["chung_thu"] == "CN=Nguyễn Văn Hùng, O=Công an Phường Tuy Hòa, L=Tỉnh Đắk Lắk, C=VN"
    assert result["ten_giay_to"] != "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (lĩnh vực cư trú)"
    assert "Đã phê duyệt và ký số kết quả." in response.text
    assert "Đã ký số bởi Nguyễn Văn Hùng lúc 09/11/2026 09:00" in section(response.text, "Kết quả giải quyết").text()


@pytest.mark.parametrize(("fault", "message"), [
    ("ky_so.plugin_khong_chay",
     "Không kết nối được công cụ ký số (VGCA Sign Service): kiểm tra phần mềm ký số rồi ký lại."),
    ("ky_so.chung_thu_het_han", "Chứng thư số đã hết hạn: liên hệ Ban Cơ yếu Chính phủ để gia hạn rồi ký lại."),
])
def test_a_signing_fault_is_told_and_changes_nothing(back_office: BackOffice, fault: str, message: str) -> None:
    before = back_office.dossier(4)
    leader = back_office.officer("ld.tuyhoa", ["LANH_DAO_DON_VI"])
    back_office.switch(fault)

    failed = leader.post(f"/motcua/ho-so/{before['ma_ho_so']}/phe-duyet-ky-so")
    back_office.switch(fault, on=False)
    retried = leader.post(f"/motcua/ho-so/{before['ma_ho_so']}/phe-duyet-ky-so")

    assert (failed.status_code, alerts(failed.text)) == (502, [message])
    assert "Kết quả giải quyết" not in failed.text
    assert retried.status_code == 200 and back_office.read(before["ma_ho_so"])["trang_thai"] == 9


def test_a_signing_fault_does_not_hide_a_refusal(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(4)["ma_ho_so"]
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])
    back_office.switch("ky_so.plugin_khong_chay")

    response = clerk.post(f"/motcua/ho-so/{ma_ho_so}/phe-duyet-ky-so")

    assert (response.status_code, alerts(response.text)) == (
        403, ["Chuyên viên thụ lý không có quyền phê duyệt, ký số kết quả hồ sơ."])


def test_the_desk_returns_the_signed_result(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(9)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.post(f"/motcua/ho-so/{ma_ho_so}/tra-ket-qua")

    dossier = back_office.read(ma_ho_so)
    assert (dossier["trang_thai"], dossier["ngay_tra"][:16]) == (10, "2026-11-09T09:00")
    assert dossier["progress"][-1]["noi_dung_xu_ly"] == "Trả kết quả cho công dân."
    assert "Đã trả kết quả cho công dân." in response.text


@pytest.mark.parametrize(("slug", "data"), [
    ("tiep-nhan", {}), ("tu-choi-tiep-nhan", {"ghi_chu": "Không thuộc địa bàn."}),
    ("yeu-cau-bo-sung", {"ghi_chu": "Bổ sung giấy tờ."}),
])
def test_a_post_on_another_unit_s_dossier_is_refused_by_the_service(back_office: BackOffice, slug: str,
                                                                     data: dict) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    stranger = back_office.officer("motcua.bmt", ["MOT_CUA"], unit_code=OTHER_WARD_POLICE)

    response = stranger.post(f"/motcua/ho-so/{ma_ho_so}/{slug}", data=data)

    assert (response.status_code, alerts(response.text)) == (403, [OTHER_UNIT])
    assert back_office.read(ma_ho_so)["trang_thai"] == 1


def test_signing_another_unit_s_dossier_is_refused_before_any_signature(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(4)["ma_ho_so"]
    stranger = back_office.officer("ld.bmt", ["LANH_DAO_DON_VI"], unit_code=OTHER_WARD_POLICE)
    back_office.switch("ky_so.plugin_khong_chay")

    response = stranger.post(f"/motcua/ho-so/{ma_ho_so}/phe-duyet-ky-so")

    assert (response.status_code, alerts(response.text)) == (403, [OTHER_UNIT])


@pytest.mark.parametrize(("status", "roles", "slug", "message"), [
    (4, ["CHUYEN_VIEN"], "phe-duyet-ky-so", "Chuyên viên thụ lý không có quyền phê duyệt, ký số kết quả hồ sơ."),
    (4, ["MOT_CUA"], "dung-xu-ly", "Cán bộ Bộ phận Một cửa không có quyền dừng xử lý hồ sơ."),
    (1, ["CHUYEN_VIEN"], "tiep-nhan", "Chuyên viên thụ lý không có quyền tiếp nhận hồ sơ."),
    (9, ["LANH_DAO_DON_VI"], "tra-ket-qua", "Lãnh đạo đơn vị không có quyền trả kết quả hồ sơ."),
    (1, ["VAN_THU"], "tiep-nhan", "Bạn không có quyền truy cập chức năng này."),
])
def test_a_role_without_the_action_is_refused(back_office: BackOffice, status: int, roles: list[str], slug: str,
                                              message: str) -> None:
    ma_ho_so = back_office.dossier(status)["ma_ho_so"]
    officer = back_office.officer("can.bo", roles)

    response = officer.post(f"/motcua/ho-so/{ma_ho_so}/{slug}", data={"ghi_chu": "Lý do."})

    assert (response.status_code, alerts(response.text)) == (403, [message])
    assert back_office.read(ma_ho_so)["trang_thai"] == status


@pytest.mark.parametrize(("status", "slug", "message"), [
    (4, "tra-ket-qua", "Không thể trả kết quả hồ sơ ở trạng thái “Đang xử lý”."),
    (2, "tiep-nhan", "Không thể tiếp nhận hồ sơ ở trạng thái “Được tiếp nhận”."),
    (3, "tra-ket-qua", "Không thể trả kết quả hồ sơ ở trạng thái “Không được tiếp nhận”."),
])
def test_an_action_the_status_does_not_allow_is_409(back_office: BackOffice, status: int, slug: str,
                                                    message: str) -> None:
    ma_ho_so = back_office.dossier(status)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.post(f"/motcua/ho-so/{ma_ho_so}/{slug}")

    assert (response.status_code, alerts(response.text)) == (409, [message])
    assert back_office.read(ma_ho_so)["trang_thai"] == status


def test_an_unknown_action_is_404_and_a_stranger_goes_to_login(back_office: BackOffice) -> None:
    ma_ho_so = back_office.dossier(1)["ma_ho_so"]
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    unknown = desk.post(f"/motcua/ho-so/{ma_ho_so}/xoa-ho-so")
    stranger = back_office.setup.post(f"/motcua/ho-so/{ma_ho_so}/tiep-nhan", follow_redirects=False)

    assert unknown.status_code == 404
    assert stranger.status_code == 303 and back_office.read(ma_ho_so)["trang_thai"] == 1
