"""Every kind of field and every rule of the e-forms, checked on the server: the message, and nothing lost."""

from datetime import date

import pytest

from sandbox.eforms.admin_units import admin_units
from sandbox.eforms.forms import form_for
from sandbox.eforms.validation import check_form
from sandbox.portal.submission_flow import form_content
from sandbox.settings import DATA_DIR
from tests.sandbox.eforms.support import FORMS

TODAY = date(2026, 11, 9)
UNITS = admin_units(DATA_DIR)


def errors_of(code: str, **changes: str) -> dict[str, str]:
    return check_form(form_for(code), {**FORMS[code].answers, **changes}, UNITS, TODAY).errors


@pytest.mark.parametrize("code", sorted(FORMS))
def test_the_valid_answers_of_each_form_pass(code: str) -> None:
    assert errors_of(code) == {}


@pytest.mark.parametrize(("code", "field", "message"), [
    ("1.004194", "so_dien_thoai", "Vui lòng nhập số điện thoại liên hệ."),
    ("1.004194", "noi_o_tinh", "Vui lòng chọn tỉnh/thành phố."),
    ("1.004194", "noi_o_xa", "Vui lòng chọn phường/xã/đặc khu."),
    ("1.004194", "tam_tru_den_ngay", "Vui lòng nhập thời hạn tạm trú đến ngày."),
    ("1.001193", "con_gioi_tinh", "Vui lòng chọn giới tính."),
    ("2.001610", "von_dau_tu", "Vui lòng nhập vốn đầu tư của chủ doanh nghiệp (đồng)."),
])
def test_a_required_field_left_empty_is_named_in_its_message(code: str, field: str, message: str) -> None:
    assert errors_of(code, **{field: "  "}) == {field: message}


def test_optional_fields_may_stay_empty() -> None:
    assert errors_of("1.001193", cha_ho_ten="", cha_ngay_sinh="", cha_so_dinh_danh="", con_que_quan="") == {}


@pytest.mark.parametrize(("typed", "message"), [
    ("2027-05-09", "Ngày phải theo định dạng dd/mm/yyyy."),
    ("9/5/2027", "Ngày phải theo định dạng dd/mm/yyyy."),
    ("31/02/2027", "Ngày 31/02/2027 không có thật."),
    ("09/11/2026", "Ngày 09/11/2026 phải sau ngày hôm nay."),
    ("10/11/2028", "Thời hạn tối đa là 02 năm, đến ngày 09/11/2028."),
])
def test_temporary_residence_ends_after_today_and_within_two_years(typed: str, message: str) -> None:
    assert errors_of("1.004194", tam_tru_den_ngay=typed) == {"tam_tru_den_ngay": message}


def test_a_birth_cannot_be_registered_before_it_happens() -> None:
    assert errors_of("1.001193", con_ngay_sinh="10/11/2026") == {
        "con_ngay_sinh": "Ngày 10/11/2026 sau ngày hôm nay: vui lòng kiểm tra lại."}


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("so_dien_thoai", "0212345678",
     "Số điện thoại không đúng định dạng: 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09."),
    ("so_dinh_danh_chu_ho", "06609000123", "Số định danh cá nhân phải gồm đúng 12 chữ số."),
    ("email", "mai.tran@", "Thư điện tử không đúng định dạng (ví dụ: ten@example.vn)."),
    ("quan_he_chu_ho", "Hàng xóm", "Giá trị đã chọn không có trong danh sách."),
    ("noi_o_tinh", "54", "Tỉnh/thành phố đã chọn không có trong danh sách từ ngày 01/7/2025."),
    ("noi_o_xa", "26068", "Phường/xã/đặc khu đã chọn không thuộc tỉnh/thành phố đã chọn."),
    ("noi_dung", "x" * 2001, "Tối đa 2000 ký tự."),
])
def test_residence_form_rules(field: str, typed: str, message: str) -> None:
    assert errors_of("1.004194", **{field: typed}) == {field: message}


@pytest.mark.parametrize(("detail", "message"), [
    ("Số 5 đường Hùng Vương, Huyện Tuy An",
     "Địa chỉ không còn cấp huyện từ ngày 01/7/2025: chỉ ghi số nhà, đường phố, tổ, thôn, xóm; tỉnh, thành phố "
     "và phường, xã, đặc khu chọn trong danh sách."),
    ("12 Lê Lợi, quận 1", "Địa chỉ không còn cấp quận từ ngày 01/7/2025: chỉ ghi số nhà, đường phố, tổ, thôn, xóm; "
                          "tỉnh, thành phố và phường, xã, đặc khu chọn trong danh sách."),
    ("Số 5 Hùng Vương, tỉnh Phú Yên",
     "Tỉnh Phú Yên đã sáp nhập vào Tỉnh Đắk Lắk từ ngày 01/7/2025: vui lòng ghi địa chỉ theo đơn vị hành chính mới."),
])
def test_new_addresses_are_two_level(detail: str, message: str) -> None:
    assert errors_of("1.004194", noi_o_chi_tiet=detail) == {"noi_o_chi_tiet": message}


def test_an_old_registration_place_may_name_a_district_and_a_merged_province() -> None:
    assert errors_of("2.000635", noi_dang_ky="Ủy ban nhân dân xã Hòa Kiến, thành phố Tuy Hòa, tỉnh Phú Yên") == {}


@pytest.mark.parametrize(("changes", "errors"), [
    ({"dien_tich_lo_dat": "120.5.1"},
     {"dien_tich_lo_dat": "Vui lòng nhập một số, phần thập phân sau dấu phẩy (ví dụ: 120,5)."}),
    ({"so_tang": "ba"}, {"so_tang": "Vui lòng nhập một số nguyên."}),
    ({"so_tang": "8"}, {"so_tang": "Giá trị phải từ 1 tầng đến 7 tầng."}),
    ({"chieu_cao": "0"}, {"chieu_cao": "Giá trị phải lớn hơn 0."}),
    ({"dien_tich_xay_dung": "130"},
     {"dien_tich_xay_dung": "Diện tích xây dựng tầng 1 không được lớn hơn diện tích lô đất."}),
])
def test_building_permit_numbers(changes: dict[str, str], errors: dict[str, str]) -> None:
    assert errors_of("1.013225", **changes) == errors


@pytest.mark.parametrize(("changes", "errors"), [
    ({"ten_tieng_viet": "Công ty Mai Phát Đạt"},
     {"ten_tieng_viet": "Tên doanh nghiệp tư nhân phải bắt đầu bằng \"Doanh nghiệp tư nhân\" hoặc \"DNTN\"."}),
    ({"ten_tieng_viet": "DNTN Mai Phát Đạt"}, {}),
    ({"von_dau_tu": "500,000,000"}, {"von_dau_tu": "Vui lòng nhập số tiền bằng chữ số (ví dụ: 500.000.000)."}),
    ({"von_dau_tu": "500000000"}, {}),
])
def test_private_enterprise_name_and_capital(changes: dict[str, str], errors: dict[str, str]) -> None:
    assert errors_of("2.001610", **changes) == errors


def test_answers_are_kept_as_typed_and_read_as_a_person_reads_them() -> None:
    checked = check_form(form_for("1.004194"), {**FORMS["1.004194"].answers, "so_dien_thoai": ""}, UNITS, TODAY)
    assert checked.answers.values["noi_o_chi_tiet"] == "Số 5 đường Hùng Vương"
    assert checked.answers.values["so_dien_thoai"] == ""
    assert checked.answers.address("noi_o") == "Số 5 đường Hùng Vương, Phường Tuy Hòa, Tỉnh Đắk Lắk"


def test_the_copy_request_keeps_the_copies_its_fee_is_computed_from() -> None:
    form = form_for("2.000635")
    checked = check_form(form, {**FORMS["2.000635"].answers, "so_ban": "3"}, UNITS, TODAY)
    assert form_content(form, checked.answers)["so_ban"] == 3
