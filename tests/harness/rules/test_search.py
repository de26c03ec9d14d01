"""The search rule, pinned on the real portal's answer for "đăng ký khai sinh" (reference screenshot)."""

from harness.rules.search import has_diacritics, names_without_phrase, repeated_names

REAL_FIRST_PAGE = [
    "Liên thông các thủ tục hành chính về đăng ký khai sinh, cấp Thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới "
    "6 tuổi",
    "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
    "Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
    "Thủ tục đăng ký khai sinh lưu động",
    "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
    "Thủ tục đăng ký khai sinh",
    "Thủ tục đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân",
    "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
    "Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới",
]


def test_the_real_portals_answer_keeps_the_rule():
    assert names_without_phrase(REAL_FIRST_PAGE, "đăng ký khai sinh") == []


def test_a_name_with_the_words_apart_or_reordered_breaks_it():
    assert names_without_phrase(["Thủ tục đăng ký lại khai sinh", "Khai sinh, đăng ký"], "đăng ký khai sinh") == [
        "Thủ tục đăng ký lại khai sinh", "Khai sinh, đăng ký"]


def test_case_and_spacing_do_not_matter():
    assert names_without_phrase(["THỦ TỤC ĐĂNG KÝ  KHAI SINH"], "Đăng ký khai sinh") == []


def test_a_keyword_without_diacritics_finds_names_with_them():
    assert not has_diacritics("dang ky khai sinh")
    assert names_without_phrase(REAL_FIRST_PAGE, "dang ky khai sinh") == []
    assert names_without_phrase(["Đăng ký thường trú"], "dang ky thuong tru") == []


def test_a_keyword_with_diacritics_is_taken_as_written():
    assert has_diacritics("đăng ký")
    assert names_without_phrase(["Đăng kỳ khai sinh"], "đăng ký khai sinh") == ["Đăng kỳ khai sinh"]


def test_a_procedure_listed_twice_is_named():
    assert repeated_names(["A", "B", "A"]) == ["A"]
    assert repeated_names(REAL_FIRST_PAGE) == []
