"""Steps of dang_nhap.feature for the citizen: VNeID login and its refusals, the level-2 rule, logout.

The officers' login and menus are in steps/officer_login_steps.py, the level-1 refusal at "Nộp hồ sơ" in
steps/citizen_steps.py; names in the header and on the e-form are compared with the account's display name.
"""

import secrets
from datetime import datetime

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN
from flows.login import (
    choose_citizen_login,
    confirm_login_code,
    log_in_citizen,
    pass_password_step,
    share_data_if_asked,
)
from harness.actors import Account
from harness.config import Environment
from harness.data.cccd import check_cccd
from harness.evidence.attachments import attach_seen
from pages.portal.eform_page import OWNER_FIELDS, EFormPage
from pages.portal.header import PortalHeader
from pages.portal.home_page import HomePage
from pages.portal.notice_page import NoticePage
from pages.portal.search_results_page import SearchResultsPage
from pages.vneid.consent_dialog import ConsentDialog
from pages.vneid.login_code_dialog import LoginCodeDialog
from pages.vneid.password_page import PasswordPage

scenarios("dang_nhap.feature")


def portal_page(stage, env: Environment) -> Page:
    page = stage.open(CITIZEN)
    page.goto(f"{env.url('portal')}/")
    return page


def refused_password(page: Page, so_dinh_danh: str, password: str) -> None:
    """Submit and wait for the answer: the page comes back with the password field emptied."""
    form = PasswordPage(page)
    form.log_in(so_dinh_danh, password)
    expect(form.password_field).to_be_empty()
    expect(form.message).to_be_visible()


# Every scenario that logs in through VNeID's pages takes an account of its own: a login started elsewhere with
# the same account (another worker, the saved sessions) would void its login code half-way.
@given("một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia", target_fixture="citizen")
def new_citizen_on_portal(stage, env: Environment, fresh_account) -> Account:
    account = fresh_account("citizen", 2)
    portal_page(stage, env)
    return account


@when('công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân')
def start_citizen_login(stage) -> None:
    choose_citizen_login(stage.page(CITIZEN))


@when("công dân nhập số định danh cá nhân và mật khẩu của mình")
def enter_own_password(stage, citizen: Account) -> None:
    pass_password_step(stage.page(CITIZEN), citizen)


@when(parsers.parse("công dân nhập sai mật khẩu {times:d} lần"))
def enter_wrong_password(stage, citizen: Account, times: int) -> None:
    for _ in range(times):
        refused_password(stage.page(CITIZEN), citizen.login_id, secrets.token_urlsafe(12))


@then(parsers.parse('VNeID báo "{message}"'))
def vneid_says(stage, message: str) -> None:
    expect(PasswordPage(stage.page(CITIZEN)).message).to_have_text(message)


@then(parsers.parse('công dân nhập đúng mật khẩu khi tài khoản còn khóa thì VNeID vẫn báo "{message}"'))
def right_password_still_locked(stage, citizen: Account, message: str) -> None:
    refused_password(stage.page(CITIZEN), citizen.login_id, citizen.password)
    expect(PasswordPage(stage.page(CITIZEN)).message).to_have_text(message)


@when("công dân đăng nhập lại bằng số định danh cá nhân và mật khẩu đúng")
def log_in_again(stage, env: Environment, citizen: Account, login_codes) -> None:
    log_in_citizen(stage.page(CITIZEN), env, citizen, login_codes)


@when("công dân nhập mã xác nhận đăng nhập từ ứng dụng VNeID")
def enter_login_code(stage, citizen: Account, login_codes) -> None:
    confirm_login_code(stage.page(CITIZEN), citizen, login_codes)


@when("công dân nhập một mã xác nhận sai")
def enter_wrong_login_code(stage, citizen: Account, login_codes) -> None:
    wrong = f"{(int(login_codes.code_for(citizen)) + 1) % 10**6:06d}"
    LoginCodeDialog(stage.page(CITIZEN)).confirm(wrong)


@then(parsers.parse('hộp thoại "Nhập mã xác nhận đăng nhập" báo "{message}"'))
def login_code_dialog_says(stage, message: str) -> None:
    expect(LoginCodeDialog(stage.page(CITIZEN)).code_field).to_have_accessible_description(message)


@when("công dân đồng ý chia sẻ thông tin nếu được hỏi")
def share_data(stage) -> None:
    share_data_if_asked(stage.page(CITIZEN))


@when("công dân không đồng ý chia sẻ thông tin")
def decline_sharing(stage) -> None:
    ConsentDialog(stage.page(CITIZEN)).decline()


@then("đầu trang hiển thị họ và tên của công dân")
def header_shows_citizen(stage, citizen: Account) -> None:
    header = PortalHeader(stage.page(CITIZEN))
    expect(header.user_button).to_have_text(citizen.display_name)
    expect(header.login_button).to_have_count(0)
    attach_seen("Tên trên đầu trang", header.logged_in_name())


@then(parsers.parse('Cổng báo "{message}"'))
def portal_says(stage, message: str) -> None:
    expect(NoticePage(stage.page(CITIZEN)).message).to_have_text(message)


@then('đầu trang hiển thị nút "Đăng nhập" thay cho tên công dân')
def header_offers_login(stage) -> None:
    header = PortalHeader(stage.page(CITIZEN))
    expect(header.login_button).to_be_visible()
    expect(header.user_button).to_have_count(0)


@when(parsers.parse('công dân tìm kiếm thủ tục "{keyword}"'))
def search_procedure(stage, env: Environment, keyword: str) -> None:
    home = HomePage(stage.page(CITIZEN))
    home.load(env.url("portal"))
    home.search(keyword)


@then(parsers.parse('kết quả tìm kiếm có thủ tục "{name}"'))
def results_include(stage, name: str) -> None:
    assert name in SearchResultsPage(stage.page(CITIZEN)).result_names()


@then(parsers.parse('trang "Kê khai thông tin" hiện thủ tục "{name}" tại "{agency}"'))
def declaration_shown(stage, name: str, agency: str) -> None:
    eform = EFormPage(stage.page(CITIZEN))
    expect(eform.heading).to_be_visible()
    expect(eform.procedure_name).to_have_text(name)
    expect(eform.agency_name).to_have_text(agency)


@then('phần "Thông tin định danh" điền sẵn thông tin của công dân và không sửa được')
def owner_block_prefilled(stage, citizen: Account) -> None:
    eform = EFormPage(stage.page(CITIZEN))
    values = eform.owner_values()
    attach_seen("Thông tin định danh trên tờ khai", values)
    born = datetime.strptime(values["Ngày tháng năm sinh"], "%d/%m/%Y").date()
    assert (values["Số giấy tờ"], values["Họ và tên"]) == (citizen.login_id, citizen.display_name)
    assert (values["Quốc tịch"], values["Loại giấy tờ"]) == ("Việt Nam", "Căn cước")
    assert check_cccd(citizen.login_id, born, values["Giới tính"]) == [], "ngày sinh, giới tính khớp số định danh"
    assert values["Địa chỉ chi tiết"]
    for label in OWNER_FIELDS:
        expect(eform.owner_field(label)).not_to_be_editable()


@given("một công dân mức độ 2 mới vừa đăng nhập bằng VNeID", target_fixture="citizen")
def citizen_just_logged_in(stage, env: Environment, fresh_account, login_codes) -> Account:
    # A login of its own, not the saved session: logging out must not end the session other scenarios reuse.
    account = fresh_account("citizen", 2)
    log_in_citizen(stage.open(CITIZEN), env, account, login_codes)
    return account


@when('công dân chọn "Đăng xuất" trong menu tài khoản')
def choose_log_out(stage) -> None:
    PortalHeader(stage.page(CITIZEN)).log_out()
