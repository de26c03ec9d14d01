"""A refused "Lưu và nộp hồ sơ": the messages at their fields (role=alert, aria-describedby), every typed
value kept, nothing created; and the two-level address rules on new input."""


import pytest
from fastapi.testclient import TestClient

from tests.sandbox.eforms.support import (
    FORMS,
    TAM_TRU,
    alerts,
    context,
    field_error,
    post_form,
)

CHECK_THE_FORM = "Hồ sơ chưa nộp được: vui lòng kiểm tra lại các mục có thông báo lỗi bên dưới."


def no_dossier(client: TestClient) -> bool:
    return context(client).store.one("SELECT COUNT(*) FROM dossiers")[0] == 0


def test_a_missing_field_is_named_at_the_field_and_nothing_is_created(portal: TestClient) -> None:
    response = post_form(portal, TAM_TRU, {"so_dien_thoai": ""})

    assert response.status_code == 422
    assert alerts(response.text) == [CHECK_THE_FORM, "Vui lòng nhập số điện thoại liên hệ."]
    assert 'aria-invalid="true" aria-describedby="f-so_dien_thoai-loi"' in response.text
    assert no_dossier(portal)


def test_every_typed_value_comes_back_after_a_refusal(portal: TestClient) -> None:
    page = post_form(portal, TAM_TRU, {"so_dien_thoai": "", "tam_tru_den_ngay": "31/02/2027"}).text

    assert 'value="Số 5 đường Hùng Vương"' in page and 'value="31/02/2027"' in page
    assert ">Tỉnh Đắk Lắk</button>" in page and ">Phường Tuy Hòa</button>" in page
    assert ">Người thuê nhà</button>" in page
    assert ">Đăng ký tạm trú tại nhà thuê để đi làm.</textarea>" in page
    assert field_error(page, "tam_tru_den_ngay") == "Ngày 31/02/2027 không có thật."


def test_a_refused_attempt_is_kept_as_the_draft_of_this_procedure_and_agency(portal: TestClient) -> None:
    post_form(portal, TAM_TRU, {"so_dien_thoai": ""})

    assert 'value="Số 5 đường Hùng Vương"' in portal.get(TAM_TRU.url()).text
    assert 'value="Số 5 đường Hùng Vương"' not in portal.get("/nop-ho-so/1.004194?co_quan=000.21.32.H15").text


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("noi_o_chi_tiet", "Số 5 đường Hùng Vương, Huyện Tuy An",
     "Địa chỉ không còn cấp huyện từ ngày 01/7/2025: chỉ ghi số nhà, đường phố, tổ, thôn, xóm; tỉnh, thành phố và "
     "phường, xã, đặc khu chọn trong danh sách."),
    ("noi_o_chi_tiet", "Số 5 đường Hùng Vương, Thị xã Sông Cầu",
     "Địa chỉ không còn cấp thị xã từ ngày 01/7/2025: chỉ ghi số nhà, đường phố, tổ, thôn, xóm; tỉnh, thành phố và "
     "phường, xã, đặc khu chọn trong danh sách."),
    ("noi_o_chi_tiet", "Số 5 đường Hùng Vương, Tỉnh Phú Yên",
     "Tỉnh Phú Yên đã sáp nhập vào Tỉnh Đắk Lắk từ ngày 01/7/2025: vui lòng ghi địa chỉ theo đơn vị hành chính mới."),
])
def test_an_address_with_a_district_or_a_merged_province_is_refused(portal: TestClient, field: str, typed: str,
                                                                     message: str) -> None:
    response = post_form(portal, TAM_TRU, {field: typed})

    assert (response.status_code, field_error(response.text, field)) == (422, message)
    assert no_dossier(portal)


def test_a_combobox_error_describes_the_combobox(portal: TestClient) -> None:
    page = post_form(portal, FORMS["1.001193"], {"con_dan_toc": ""}).text

    assert 'aria-invalid="true" aria-describedby="f-con_dan_toc-loi"' in page
    assert field_error(page, "con_dan_toc") == "Vui lòng chọn dân tộc."


def test_the_wards_of_a_province_are_listed_for_the_address_comboboxes(portal: TestClient) -> None:
    wards = portal.get("/don-vi-hanh-chinh/66/phuong-xa").json()["items"]

    assert {"value": "22015", "label": "Phường Tuy Hòa"} in wards and len(wards) == 102
    assert portal.get("/don-vi-hanh-chinh/54/phuong-xa").status_code == 404


def test_an_empty_form_marks_every_required_field(portal: TestClient) -> None:
    page = post_form(portal, FORMS["2.001610"], {name: "" for name in FORMS["2.001610"].answers}).text

    assert field_error(page, "ten_tieng_viet") == "Vui lòng nhập tên doanh nghiệp viết bằng tiếng Việt."
    assert field_error(page, "tru_so_tinh") == "Vui lòng chọn tỉnh/thành phố."
    assert field_error(page, "nganh_nghe") == "Vui lòng chọn ngành, nghề kinh doanh chính."
    assert field_error(page, "ten_viet_tat") == ""
