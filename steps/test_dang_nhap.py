"""Steps of dang_nhap.feature: VNeID login, its refusals, the level-2 rule, logout, officer login and menus."""

import secrets
from datetime import datetime

from playwright.sync_api import Locator, Page, expect
from pytest_bdd import given, parsers, scenarios, then, when

from flows.login import (
    choose_citizen_login,
    confirm_login_code,
    enter_officer_credentials,
    log_in_citizen,
    log_in_officer,
    pass_password_step,
    share_data_if_asked,
)
from harness.actors import Account
from harness.data.cccd import check_cccd
from harness.evidence.attachments import attach_seen
from pages.motcua.home_page import BackOfficeHome
from pages.motcua.login_page import OfficerLoginPage
from pages.portal.declaration_page import OWNER_FIELDS, DeclarationPage
from pages.portal.header import PortalHeader
from pages.portal.home_page import HomePage
from pages.portal.notice_page import NoticePage
from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.search_results_page import SearchResultsPage
from pages.vneid.consent_dialog import ConsentDialog
from pages.vneid.login_code_dialog import LoginCodeDialog
from pages.vneid.password_page import PasswordPage

scenarios("dang_nhap.feature")



def portal_page(stage, env) -> Page:
    page = stage.new_page()
    page.goto(f"{env.url('portal')}/")
    return page


def expect_known_text(locator: Locator, known: str | None) -> None:
    """Exactly the value when the harness knows it (sandbox accounts), else at least some text (staging)."""
    if known:
        expect(locator).to_have_text(known)
    else:
        expect(locator).not_to_be_empty()


def refused_password(page: Page, so_dinh_danh: str, password: str) -> None:
    """Submit and wait for the answer: the page comes back with the password field emptied."""
    form = PasswordPage(page)
    form.log_in(so_dinh_danh, password)
    expect(form.password_field).to_be_empty()
    expect(form.message).to_be_visible()


@given("công dân mức độ 2 đang ở Cổng Dịch vụ công quốc gia", target_fixture="citizen")
def known_citizen_on_portal(stage, env, accounts) -> Account:
    portal_page(stage, env)
    return accounts.get("citizen_l2")


@given("một công dân mức độ 2 mới đang ở Cổng Dịch vụ công quốc gia", target_fixture="citizen")
def new_citizen_on_portal(stage, env, fresh_account) -> Account:
    account = fresh_account("citizen", 2)
    portal_page(stage, env)
    return account


@when('công dân bấm "Đăng nhập" và chọn tài khoản dành cho Công dân')
def start_citizen_login(stage) -> None:
    choose_citizen_login(stage.active_page)


@when("công dân nhập số định danh cá nhân và mật khẩu của mình")
def enter_own_password(stage, citizen: Account) -> None:
    pass_password_step(stage.active_page, citizen)


@when(parsers.parse("công dân nhập sai mật khẩu {times:d} lần"))
def enter_wrong_password(stage, citizen: Account, times: int) -> None:
    for _ in range(times):
        refused_password(stage.active_page, citizen.login_id, secrets.token_urlsafe(12))


@then(parsers.parse('VNeID báo "{message}"'))
def vneid_says(stage, message: str) -> None:
    expect(PasswordPage(stage.active_page).message).to_have_text(message)


@then("công dân nhập đúng mật khẩu vẫn bị từ chối khi tài khoản còn khóa")
def right_password_still_locked(stage, citizen: Account) -> None:
    refused_password(stage.active_page, citizen.login_id, citizen.password)
    expect(PasswordPage(stage.active_page).message).to_contain_text("Tài khoản tạm khóa")


@when("công dân đăng nhập lại bằng số định danh cá nhân và mật khẩu đúng")
def log_in_again(stage, env, citizen: Account, login_codes) -> None:
    log_in_citizen(stage.active_page, env, citizen, login_codes)


@when("công dân nhập mã xác nhận đăng nhập từ ứng dụng VNeID")
def enter_login_code(stage, citizen: Account, login_codes) -> None:
    confirm_login_code(stage.active_page, citizen, login_codes)


@when("công dân nhập một mã xác nhận sai")
def enter_wrong_login_code(stage, citizen: Account, login_codes) -> None:
    wrong = f"{(int(login_codes.code_for(citizen)) + 1) % 10**6:06d}"
    LoginCodeDialog(stage.active_page).confirm(wrong)


@then(parsers.parse('hộp thoại "Nhập mã xác nhận đăng nhập" báo "{message}"'))
def login_code_dialog_says(stage, message: str) -> None:
    expect(LoginCodeDialog(stage.active_page).code_field).to_have_accessible_description(message)


@when("công dân đồng ý chia sẻ thông tin nếu được hỏi")
def share_data(stage) -> None:
    share_data_if_asked(stage.active_page)


@when("công dân không đồng ý chia sẻ thông tin")
def decline_sharing(stage) -> None:
    ConsentDialog(stage.active_page).decline()


@then("đầu trang hiển thị họ và tên của công dân")
def header_shows_citizen(stage, citizen: Account) -> None:
    header = PortalHeader(stage.active_page)
    expect_known_text(header.user_button, citizen.display_name)
    expect(header.login_button).to_have_count(0)
    attach_seen("Tên trên đầu trang", header.logged_in_name())


@then(parsers.parse('Cổng báo "{message}"'))
def portal_says(stage, message: str) -> None:
    expect(NoticePage(stage.active_page).message).to_have_text(message)


@then('đầu trang hiển thị nút "Đăng nhập" thay cho tên công dân')
def header_offers_login(stage) -> None:
    header = PortalHeader(stage.active_page)
    expect(header.login_button).to_be_visible()
    expect(header.user_button).to_have_count(0)


@when(parsers.parse('công dân tìm kiếm thủ tục "{keyword}"'))
def search_procedure(stage, env, keyword: str) -> None:
    home = HomePage(stage.active_page)
    home.load(env.url("portal"))
    home.search(keyword)


@then(parsers.parse('kết quả tìm kiếm có thủ tục "{name}"'))
def results_include(stage, name: str) -> None:
    results = SearchResultsPage(stage.active_page)
    assert name in results.result_names()


@when(parsers.parse('công dân bấm "Nộp hồ sơ" thủ tục "{code}" tại "{ward}" thuộc "{province}"'))
def press_submit(stage, env, code: str, ward: str, province: str) -> None:
    page = stage.active_page
    HomePage(page).load(env.url("portal"))
    HomePage(page).search(code)
    results = SearchResultsPage(page)
    results.expect_results_for(code)
    results.open_first()
    procedure = ProcedureDetailPage(page)
    assert procedure.info("Mã thủ tục") == code
    procedure.agency_panel.choose(province, ward)
    procedure.agency_panel.submit()


@then(parsers.parse('Cổng từ chối với thông báo "{message}"'))
def submission_refused(stage, message: str) -> None:
    expect(DeclarationPage(stage.active_page).refusal).to_have_text(message)


@then(parsers.parse('trang "Kê khai thông tin" hiện thủ tục "{name}" tại "{agency}"'))
def declaration_shown(stage, name: str, agency: str) -> None:
    declaration = DeclarationPage(stage.active_page)
    expect(declaration.heading).to_be_visible()
    expect(declaration.procedure_name).to_have_text(name)
    expect(declaration.agency_name).to_have_text(agency)


@then('phần "Thông tin định danh" điền sẵn thông tin của công dân và không sửa được')
def owner_block_prefilled(stage, citizen: Account) -> None:
    declaration = DeclarationPage(stage.active_page)
    values = declaration.owner_values()
    attach_seen("Thông tin định danh trên tờ khai", values)
    born = datetime.strptime(values["Ngày tháng năm sinh"], "%d/%m/%Y").date()
    assert values["Số giấy tờ"] == citizen.login_id
    assert values["Họ và tên"] == citizen.display_name if citizen.display_name else values["Họ và tên"]
    assert (values["Quốc tịch"], values["Loại giấy tờ"]) == ("Việt Nam", "Căn cước")
    assert check_cccd(citizen.login_id, born, values["Giới tính"]) == [], "ngày sinh, giới tính khớp số định danh"
    assert values["Địa chỉ chi tiết"]
    for label in OWNER_FIELDS:
        expect(declaration.owner_field(label)).not_to_be_editable()


@given("công dân mức độ 2 vừa đăng nhập bằng VNeID", target_fixture="citizen")
def citizen_just_logged_in(stage, env, accounts, login_codes) -> Account:
    # A login of its own, not the saved session: logging out must not end the session other scenarios reuse.
    account = accounts.get("citizen_l2")
    log_in_citizen(stage.new_page(), env, account, login_codes)
    return account


@when('công dân chọn "Đăng xuất" trong menu tài khoản')
def choose_log_out(stage) -> None:
    PortalHeader(stage.active_page).log_out()


@given("cán bộ một cửa đang ở trang đăng nhập hệ thống Một cửa điện tử", target_fixture="officer")
def officer_on_login_page(stage, env, accounts) -> Account:
    OfficerLoginPage(stage.new_page()).load(env.url("motcua"))
    return accounts.get("officer_mot_cua")


@when("cán bộ đăng nhập bằng tên đăng nhập và mật khẩu của mình")
def officer_logs_in(stage, officer: Account) -> None:
    enter_officer_credentials(stage.active_page, officer)


@then("đầu trang hiển thị họ và tên và đơn vị của cán bộ")
def header_shows_officer(stage, officer: Account) -> None:
    home = BackOfficeHome(stage.active_page)
    expect_known_text(home.officer_name, officer.display_name)
    expect_known_text(home.unit_name, officer.unit)


@then('thực đơn "Chức năng" có đúng các nhóm:')
def menu_has_groups(stage, datatable: list[list[str]]) -> None:
    home = BackOfficeHome(stage.active_page)
    expect(home.menu_headings).to_have_text([row[0] for row in datatable])
    attach_seen("Các nhóm chức năng", home.menu_groups())


@then(parsers.parse('nhóm "{group}" có các mục:'))
def group_has_entries(stage, group: str, datatable: list[list[str]]) -> None:
    home = BackOfficeHome(stage.active_page)
    expect(home.entries_of(group)).to_have_text([row[0] for row in datatable])
    attach_seen(f"Các mục của nhóm {group}", home.menu_items(group))


@given(parsers.parse('một cán bộ mới có vai trò "{role}" đã đăng nhập hệ thống Một cửa điện tử'),
       target_fixture="officer")
def new_officer_logged_in(stage, env, fresh_account, role: str) -> Account:
    account = fresh_account("officer", roles=(role,), unit="Ủy ban nhân dân Phường Tuy Hòa")
    log_in_officer(stage.new_page(), env, account)
    return account


@then(parsers.parse('thực đơn "Chức năng" không có nhóm "{group}"'))
def menu_lacks_group(stage, group: str) -> None:
    home = BackOfficeHome(stage.active_page)
    expect(home.menu_headings.first).to_be_visible()
    expect(home.menu_group(group)).to_have_count(0)


@when(parsers.parse('cán bộ mở thẳng địa chỉ của mục "{entry}" thuộc nhóm "{group}"'))
def open_entry_by_address(stage, env, entry: str, group: str) -> None:
    BackOfficeHome(stage.active_page).open_entry_address(env.url("motcua"), group, entry)


@then(parsers.parse('hệ thống Một cửa điện tử báo "{message}"'))
def back_office_says(stage, message: str) -> None:
    expect(BackOfficeHome(stage.active_page).refusal).to_have_text(message)
