from dataclasses import replace

import pytest

from harness.rules.status_sync import DossierView, ProgressStep, sync_differences

UNIT = "Công an Phường Tuy Hòa"
SUBMITTED = ProgressStep("01/12/2026 08:00", "Nguyễn Văn An", "Công dân", UNIT, "Công dân nộp hồ sơ trực tuyến.",
                         "Mới đăng ký", "")
ACCEPTED = ProgressStep("01/12/2026 09:00", "Trần Thị Bình", "Cán bộ một cửa", UNIT, "Tiếp nhận hồ sơ.",
                        "Được tiếp nhận", "04/12/2026 17:00")
SUPPLEMENT = ProgressStep("01/12/2026 10:00", "Lê Văn Cường", "Chuyên viên", UNIT, "Bổ sung giấy tờ.",
                          "Yêu cầu bổ sung giấy tờ", "04/12/2026 17:00")


def test_a_faithful_copy_has_no_difference():
    view = DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))
    assert sync_differences(view, DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))) == []


def test_a_merged_status_is_named_in_the_dossier_and_in_its_step():
    one_stop = DossierView("Yêu cầu bổ sung giấy tờ", (SUBMITTED, ACCEPTED, SUPPLEMENT))
    national = DossierView("Đã xử lý xong", (SUBMITTED, ACCEPTED, replace(SUPPLEMENT, trang_thai="Đã xử lý xong")))
    assert sync_differences(one_stop, national) == [
        'Trạng thái hồ sơ: Một cửa ghi "Yêu cầu bổ sung giấy tờ", Cổng DVCQG ghi "Đã xử lý xong".',
        'Bước 3, trạng thái: Một cửa ghi "Yêu cầu bổ sung giấy tờ", Cổng DVCQG ghi "Đã xử lý xong".',
    ]


def test_a_missing_step_is_counted():
    one_stop = DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))
    assert sync_differences(one_stop, DossierView("Được tiếp nhận", (SUBMITTED,))) == [
        "Số bước xử lý: Một cửa có 2, Cổng DVCQG có 1."]


def test_each_field_of_a_step_is_compared():
    changed = replace(ACCEPTED, thoi_diem="01/12/2026 09:05", noi_dung="Tiếp nhận.")
    differences = sync_differences(DossierView("Được tiếp nhận", (ACCEPTED,)),
                                   DossierView("Được tiếp nhận", (changed,)))
    assert differences == ['Bước 1, thời điểm: Một cửa ghi "01/12/2026 09:00", Cổng DVCQG ghi "01/12/2026 09:05".',
                           'Bước 1, nội dung: Một cửa ghi "Tiếp nhận hồ sơ.", Cổng DVCQG ghi "Tiếp nhận.".']


@pytest.mark.parametrize(("field", "name", "national_value"), [
    ("don_vi", "đơn vị xử lý", "Công an Phường Buôn Ma Thuột"),
    ("don_vi", "đơn vị xử lý", ""),
    ("han_xu_ly", "hạn xử lý", "05/12/2026 17:00"),
    ("han_xu_ly", "hạn xử lý", ""),
])
def test_the_unit_and_the_planned_end_date_of_a_step_are_compared(field: str, name: str,
                                                                  national_value: str) -> None:
    national = DossierView("Được tiếp nhận", (replace(ACCEPTED, **{field: national_value}),))
    assert sync_differences(DossierView("Được tiếp nhận", (ACCEPTED,)), national) == [
        f'Bước 1, {name}: Một cửa ghi "{getattr(ACCEPTED, field)}", Cổng DVCQG ghi "{national_value}".']


def test_a_national_copy_that_has_the_unit_and_date_the_one_stop_lacks_differs_too():
    national = DossierView("Mới đăng ký", (replace(SUBMITTED, han_xu_ly="04/12/2026 17:00"),))
    assert sync_differences(DossierView("Mới đăng ký", (SUBMITTED,)), national) == [
        'Bước 1, hạn xử lý: Một cửa ghi "", Cổng DVCQG ghi "04/12/2026 17:00".']
