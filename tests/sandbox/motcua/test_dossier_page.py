"""The officer's dossier page: facts, e-form answers, files, slips, progress, and only the buttons of the
officer's roles for the dossier's status; other units' dossiers are refused."""

import pytest

from tests.sandbox.motcua.support import (
    OFFICER_NAME,
    OTHER_WARD_POLICE,
    BackOffice,
    alerts,
    buttons,
    section,
    table,
    values,
)

PORTAL_FORM = {"bieu_mau": "Tờ khai thay đổi thông tin cư trú (CT01)", "noi_dung": {
    "Thông tin đề nghị": {"Nội dung đề nghị": "Đăng ký tạm trú", "Địa chỉ tạm trú": "Số 5 Hùng Vương"},
}}


def test_the_page_shows_the_dossier_facts(back_office: BackOffice) -> None:
    dossier = back_office.dossier(2)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    facts = values(section(desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text, "Thông tin hồ sơ"))

    assert facts | {"Địa chỉ": ""} == {
        "Mã hồ sơ": dossier["ma_ho_so"], "Tên thủ tục": "Đăng ký tạm trú", "Mã thủ tục": "1.004194",
        "Chủ hồ sơ": "Trần Thị Mai", "Số điện thoại": "0912345678", "Email": "mai.tran@example.vn", "Địa chỉ": "",
        "Cơ quan tiếp nhận": "Công an Phường Tuy Hòa", "Kênh nộp": "Trực tuyến", "Trạng thái": "Được tiếp nhận",
        "Trích yếu": "Đăng ký tạm trú", "Ngày nộp": "09/11/2026 09:00", "Ngày tiếp nhận": "09/11/2026 09:00",
        "Ngày hẹn trả": "11/11/2026 17:00", "Ngày trả kết quả": "Chưa có", "Lệ phí": "7.000 đồng",
        "Hình thức thu": "Thu trước",
    }
    assert facts["Địa chỉ"].startswith("8 Nguyễn Huệ")


def test_the_e_form_answers_show_by_group(back_office: BackOffice) -> None:
    dossier = back_office.dossier(1, form=PORTAL_FORM)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    page = desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text

    declared = section(page, "Thông tin kê khai")
    assert [h3.text() for h3 in declared.find_all("h3")] == ["Thông tin đề nghị"]
    assert values(declared) == {"Nội dung đề nghị": "Đăng ký tạm trú", "Địa chỉ tạm trú": "Số 5 Hùng Vương"}


def test_a_form_given_as_plain_values_shows_them(back_office: BackOffice) -> None:
    dossier = back_office.dossier(1, form={"noi_tam_tru": "Số 5 Hùng Vương"})
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    declared = section(desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text, "Thông tin kê khai")

    assert values(declared) == {"noi_tam_tru": "Số 5 Hùng Vương"}


def test_the_files_are_listed_and_downloadable(back_office: BackOffice) -> None:
    dossier = back_office.dossier(1)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    page = desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text

    files = table(page, "Giấy tờ đã nộp")
    link = section(page, "Giấy tờ đã nộp").find("a")
    download = desk.get(link.attrs["href"])

    assert files == [{"Thành phần hồ sơ": "Tờ khai (dữ liệu thiết lập)", "Tệp": "to-khai.pdf",
                      "Lần nộp": "Nộp lần đầu"}]
    assert download.status_code == 200 and download.content.startswith(b"%PDF")
    assert download.headers["content-disposition"] == "attachment; filename*=UTF-8''to-khai.pdf"


def test_the_progress_has_every_field_of_each_step(back_office: BackOffice) -> None:
    dossier = back_office.dossier(4)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    progress = table(desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text, "Quá trình xử lý")

    assert [(row["Trạng thái"], row["Chức danh"]) for row in progress] == [
        ("Mới đăng ký", "Công dân"), ("Được tiếp nhận", "Cán bộ tiếp nhận"), ("Đang xử lý", "Cán bộ tiếp nhận")]
    assert progress[1] == {"Thời điểm": "09/11/2026 09:00", "Người xử lý": "Cán bộ thiết lập dữ liệu (sandbox)",
                           "Chức danh": "Cán bộ tiếp nhận", "Đơn vị": "Công an Phường Tuy Hòa",
                           "Nội dung": "Tiếp nhận hồ sơ. Ngày hẹn trả: 11/11/2026 17:00.",
                           "Trạng thái": "Được tiếp nhận", "Hạn xử lý": "11/11/2026 17:00"}


def test_the_slips_issued_are_linked(back_office: BackOffice) -> None:
    dossier = back_office.dossier(8)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    slips = section(desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text, "Phiếu đã cấp").find_all("a")

    assert [(link.text(), link.attrs["href"]) for link in slips] == [
        ("Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả", f"/motcua/ho-so/{dossier['ma_ho_so']}/phieu/01?lan=1"),
        ("Mẫu số 05 — Thông báo dừng giải quyết hồ sơ", f"/motcua/ho-so/{dossier['ma_ho_so']}/phieu/05?lan=1"),
    ]


@pytest.mark.parametrize(("status", "roles", "expected"), [
    (1, ["MOT_CUA"], ["Tiếp nhận", "Từ chối tiếp nhận", "Yêu cầu bổ sung"]),
    (1, ["CHUYEN_VIEN"], []),
    (2, ["MOT_CUA"], ["Chuyển xử lý"]),
    (2, ["CHUYEN_VIEN"], ["Chuyển xử lý"]),
    (4, ["MOT_CUA"], []),
    (4, ["CHUYEN_VIEN"], ["Yêu cầu bổ sung"]),
    (4, ["LANH_DAO_DON_VI"], ["Dừng xử lý", "Phê duyệt và ký số"]),
    (4, ["LANH_DAO_PHONG"], ["Dừng xử lý", "Phê duyệt và ký số"]),
    (9, ["MOT_CUA"], ["Trả kết quả"]),
    (9, ["LANH_DAO_DON_VI"], []),
    (10, ["MOT_CUA"], []),
    (3, ["MOT_CUA"], []),
    (1, ["MOT_CUA", "CHUYEN_VIEN"], ["Tiếp nhận", "Từ chối tiếp nhận", "Yêu cầu bổ sung"]),
    (4, ["VAN_THU"], []),
])
def test_only_the_actions_of_the_officer_s_roles_are_offered(back_office: BackOffice, status: int, roles: list[str],
                                                               expected: list[str]) -> None:
    dossier = back_office.dossier(status)
    officer = back_office.officer("can.bo", roles)

    assert buttons(officer.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text) == expected


def test_the_signed_result_is_shown_with_its_signature(back_office: BackOffice) -> None:
    dossier = back_office.dossier(9)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    result = section(desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}").text, "Kết quả giải quyết")

    signer = dossier["result"]["nguoi_ky"]
    assert f"Đã ký số bởi {signer} lúc 09/11/2026 09:00" in result.text()
    assert values(result)["Chứng thư số"] == dossier["result"]["chung_thu"]
    assert result.find("a").attrs["href"] == f"/motcua/ho-so/{dossier['ma_ho_so']}/ket-qua"


def test_a_dossier_of_another_unit_is_refused(back_office: BackOffice) -> None:
    dossier = back_office.dossier(1, unit_code=OTHER_WARD_POLICE)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    response = desk.get(f"/motcua/ho-so/{dossier['ma_ho_so']}")

    assert response.status_code == 403
    assert alerts(response.text) == ["Hồ sơ không thuộc đơn vị của bạn: bạn không có quyền xử lý hồ sơ này."]
    assert OFFICER_NAME in response.text and dossier["ma_ho_so"] not in response.text


def test_an_unknown_dossier_is_404_and_a_stranger_goes_to_login(back_office: BackOffice) -> None:
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    dossier = back_office.dossier(1)

    unknown = desk.get("/motcua/ho-so/000.21.31.H15-261109-9999")
    stranger = back_office.setup.get(f"/motcua/ho-so/{dossier['ma_ho_so']}", follow_redirects=False)

    assert unknown.status_code == 404
    assert stranger.status_code == 303 and stranger.headers["location"].startswith("/motcua/dang-nhap?next=")
