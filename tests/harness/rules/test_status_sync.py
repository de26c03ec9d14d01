from harness.rules.status_sync import DossierView, ProgressStep, sync_differences

SUBMITTED = ProgressStep("01/12/2026 08:00", "Nguyễn Văn An", "Công dân", "Công dân nộp hồ sơ trực tuyến.",
                         "Mới đăng ký")
ACCEPTED = ProgressStep("01/12/2026 09:00", "Trần Thị Bình", "Cán bộ một cửa", "Tiếp nhận hồ sơ.", "Được tiếp nhận")
SUPPLEMENT = ProgressStep("01/12/2026 10:00", "Lê Văn Cường", "Chuyên viên", "Bổ sung giấy tờ.",
                          "Yêu cầu bổ sung giấy tờ")


def test_a_faithful_copy_has_no_difference():
    view = DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))
    assert sync_differences(view, DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))) == []


def test_a_merged_status_is_named_in_the_dossier_and_in_its_step():
    one_stop = DossierView("Yêu cầu bổ sung giấy tờ", (SUBMITTED, ACCEPTED, SUPPLEMENT))
    merged_step = ProgressStep(*[*vars(SUPPLEMENT).values()][:4], "Đã xử lý xong")
    national = DossierView("Đã xử lý xong", (SUBMITTED, ACCEPTED, merged_step))
    assert sync_differences(one_stop, national) == [
        'Trạng thái hồ sơ: Một cửa ghi "Yêu cầu bổ sung giấy tờ", Cổng DVCQG ghi "Đã xử lý xong".',
        'Bước 3, trạng thái: Một cửa ghi "Yêu cầu bổ sung giấy tờ", Cổng DVCQG ghi "Đã xử lý xong".',
    ]


def test_a_missing_step_is_counted():
    one_stop = DossierView("Được tiếp nhận", (SUBMITTED, ACCEPTED))
    assert sync_differences(one_stop, DossierView("Được tiếp nhận", (SUBMITTED,))) == [
        "Số bước xử lý: Một cửa có 2, Cổng DVCQG có 1."]


def test_each_field_of_a_step_is_compared():
    changed = ProgressStep("01/12/2026 09:05", "Trần Thị Bình", "Cán bộ một cửa", "Tiếp nhận.", "Được tiếp nhận")
    differences = sync_differences(DossierView("Được tiếp nhận", (ACCEPTED,)),
                                   DossierView("Được tiếp nhận", (changed,)))
    assert differences == ['Bước 1, thời điểm: Một cửa ghi "01/12/2026 09:00", Cổng DVCQG ghi "01/12/2026 09:05".',
                           'Bước 1, nội dung: Một cửa ghi "Tiếp nhận hồ sơ.", Cổng DVCQG ghi "Tiếp nhận.".']
