import pytest

from harness.rules.statuses import STATUS_CODES, known_status, status_code


def test_the_ten_statuses_of_the_sync_list_keep_their_codes():
    assert list(STATUS_CODES.values()) == list(range(1, 11))
    assert status_code("Đã trả kết quả") == 10


def test_a_status_a_page_shows_passes_when_it_is_in_the_list():
    assert known_status("Yêu cầu bổ sung giấy tờ") == "Yêu cầu bổ sung giấy tờ"


def test_a_renamed_status_on_a_page_is_a_product_defect_that_names_it():
    with pytest.raises(AssertionError, match="^Trạng thái “Đã tiếp nhận” không có trong danh mục trạng thái hồ sơ "
                                             r"\(DOMAIN §3.3\)\.$"):
        known_status("Đã tiếp nhận")


def test_a_status_a_scenario_misspells_is_a_mistake_of_the_test():
    with pytest.raises(ValueError, match="Kịch bản ghi trạng thái “Đang xử lí”"):
        status_code("Đang xử lí")
