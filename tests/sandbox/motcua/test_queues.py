"""The dossier queues: each lists the dossiers of its statuses, of the officer's unit and assigned procedures
only, with overdue and due-soon derived from the sandbox clock."""

import pytest

from sandbox.dossiers.service import ActionDetails, Actor, DossierService, NewFile
from sandbox.dossiers.state_machine import Action, Role
from tests.sandbox.motcua.support import OTHER_WARD_POLICE, BackOffice, table

QUEUE_COLUMNS = ["Mã hồ sơ", "Tên thủ tục", "Chủ hồ sơ", "Ngày nộp", "Ngày hẹn trả", "Trạng thái"]


def listed(client, address: str, caption: str) -> list[str]:
    response = client.get(address)
    assert response.status_code == 200, response.text
    if "Chưa có hồ sơ." in response.text:
        return []
    return [row["Mã hồ sơ"] for row in table(response.text, caption)]


@pytest.mark.parametrize(("address", "caption", "statuses"), [
    ("/motcua/tiep-nhan-ho-so/cho-tiep-nhan-truc-tuyen", "Chờ tiếp nhận trực tuyến", [1]),
    ("/motcua/tiep-nhan-ho-so/moi-tiep-nhan", "Mới tiếp nhận", [2]),
    ("/motcua/tiep-nhan-ho-so/tu-choi-tiep-nhan", "Từ chối tiếp nhận", [3]),
    ("/motcua/tiep-nhan-ho-so/da-chuyen-xu-ly", "Đã chuyển xử lý", [4, 6, 8]),
    ("/motcua/bo-sung-ho-so/yeu-cau-bo-sung", "Yêu cầu bổ sung", [5]),
    ("/motcua/bo-sung-ho-so/cho-bo-sung", "Chờ bổ sung", [5]),
    ("/motcua/tra-ket-qua/cho-tra-truc-tuyen", "Chờ trả trực tuyến", [9]),
    ("/motcua/tra-ket-qua/xin-rut", "Xin rút", [7]),
    ("/motcua/tra-ket-qua/da-tra", "Đã trả", [10]),
    ("/motcua/theo-doi-ho-so/theo-doi-tat-ca", "Theo dõi tất cả hồ sơ", list(range(1, 11))),
])
def test_each_one_stop_queue_lists_the_dossiers_of_its_statuses(back_office: BackOffice, address: str, caption: str,
                                                                 statuses: list[int]) -> None:
    codes = {status: back_office.dossier(status)["ma_ho_so"] for status in range(1, 11)}
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    assert listed(desk, address, caption) == [codes[status] for status in statuses]


def test_dang_xu_ly_lists_what_the_role_acts_on(back_office: BackOffice) -> None:
    received, processing = back_office.dossier(2)["ma_ho_so"], back_office.dossier(4)["ma_ho_so"]
    back_office.dossier(9)
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])
    leader = back_office.officer("ld.tuyhoa", ["LANH_DAO_DON_VI"])
    address = "/motcua/xu-ly-ho-so/dang-xu-ly"

    assert listed(clerk, address, "Đang xử lý") == [received, processing]
    assert listed(leader, address, "Đang xử lý") == [processing]


def test_processing_queues_of_stopped_and_fee_waiting_dossiers(back_office: BackOffice) -> None:
    waiting_fee, stopped = back_office.dossier(6)["ma_ho_so"], back_office.dossier(8)["ma_ho_so"]
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])

    assert listed(clerk, "/motcua/xu-ly-ho-so/dung-xu-ly", "Dừng xử lý") == [stopped]
    assert listed(clerk, "/motcua/xu-ly-ho-so/yeu-cau-nghia-vu-tai-chinh",
                  "Yêu cầu thực hiện nghĩa vụ tài chính") == [waiting_fee]


def test_a_queue_shows_only_the_officer_s_unit(back_office: BackOffice) -> None:
    own = back_office.dossier(1)["ma_ho_so"]
    other = back_office.dossier(1, unit_code=OTHER_WARD_POLICE)["ma_ho_so"]
    here = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])
    there = back_office.officer("motcua.bmt", ["MOT_CUA"], unit_code=OTHER_WARD_POLICE)
    address = "/motcua/tiep-nhan-ho-so/cho-tiep-nhan-truc-tuyen"

    assert listed(here, address, "Chờ tiếp nhận trực tuyến") == [own]
    assert listed(there, address, "Chờ tiếp nhận trực tuyến") == [other]


def test_a_queue_row_has_the_columns_and_links_to_the_dossier(back_office: BackOffice) -> None:
    dossier = back_office.dossier(4)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    page = desk.get("/motcua/tiep-nhan-ho-so/da-chuyen-xu-ly").text

    assert table(page, "Đã chuyển xử lý") == [dict(zip(QUEUE_COLUMNS, [
        dossier["ma_ho_so"], "Đăng ký tạm trú", "Trần Thị Mai", "09/11/2026 09:00", "11/11/2026 17:00", "Đang xử lý",
    ], strict=True))]
    assert f'<a href="/motcua/ho-so/{dossier["ma_ho_so"]}">{dossier["ma_ho_so"]}</a>' in page


def test_an_empty_queue_says_so(back_office: BackOffice) -> None:
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    page = desk.get("/motcua/tra-ket-qua/da-tra").text

    assert "Chưa có hồ sơ." in page and "<table" not in page


def test_overdue_and_due_soon_follow_the_clock(back_office: BackOffice) -> None:
    # Received Monday 09/11 09:00, 3 working days: due Wednesday 11/11 17:00.
    open_one = back_office.dossier(4)["ma_ho_so"]
    back_office.dossier(9)
    back_office.dossier(3)
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])
    overdue, due_soon = "/motcua/theo-doi-ho-so/ho-so-qua-han", "/motcua/theo-doi-ho-so/ho-so-toi-han"

    on_monday = (listed(clerk, overdue, "Hồ sơ quá hạn"), listed(clerk, due_soon, "Hồ sơ tới hạn"))
    back_office.move_clock("2026-11-11T09:00:00+07:00")
    on_wednesday = (listed(clerk, overdue, "Hồ sơ quá hạn"), listed(clerk, due_soon, "Hồ sơ tới hạn"))
    back_office.move_clock("2026-11-11T17:01:00+07:00")
    after_due = (listed(clerk, overdue, "Hồ sơ quá hạn"), listed(clerk, due_soon, "Hồ sơ tới hạn"))

    assert on_monday == ([], [])
    assert on_wednesday == ([], [open_one])
    assert after_due == ([open_one], [])


def test_a_backdated_dossier_is_overdue_at_once(back_office: BackOffice) -> None:
    late = back_office.dossier(4, received_at="2026-11-02T09:00:00+07:00")["ma_ho_so"]
    clerk = back_office.officer("cv.tuyhoa", ["CHUYEN_VIEN"])

    assert listed(clerk, "/motcua/theo-doi-ho-so/ho-so-qua-han", "Hồ sơ quá hạn") == [late]
    assert back_office.read(late)["ngay_hen_tra"].startswith("2026-11-04T17:00")


def test_answered_supplements_are_listed_under_da_bo_sung(back_office: BackOffice) -> None:
    asked = back_office.dossier(5)
    answered = back_office.dossier(5)
    citizen = Actor(Role.CONG_DAN, asked["owner"], "Trần Thị Mai")
    DossierService(back_office.app.state.sandbox).act(answered["id"], Action.SUPPLEMENT, citizen, ActionDetails(
        files=(NewFile("TP1", "Giấy tờ bổ sung", "bo-sung.pdf", "application/pdf", b"%PDF-1.4"),)))
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    assert listed(desk, "/motcua/bo-sung-ho-so/yeu-cau-bo-sung", "Yêu cầu bổ sung") == [asked["ma_ho_so"],
                                                                                         answered["ma_ho_so"]]
    assert listed(desk, "/motcua/bo-sung-ho-so/cho-bo-sung", "Chờ bổ sung") == [asked["ma_ho_so"]]
    assert listed(desk, "/motcua/bo-sung-ho-so/da-bo-sung", "Đã bổ sung") == [answered["ma_ho_so"]]


def test_entries_without_a_queue_yet_keep_their_placeholder(back_office: BackOffice) -> None:
    back_office.dossier(9)
    desk = back_office.officer("motcua.tuyhoa", ["MOT_CUA"])

    page = desk.get("/motcua/tra-ket-qua/cho-tra-truc-tiep")

    assert page.status_code == 200 and "Chưa có hồ sơ." in page.text

