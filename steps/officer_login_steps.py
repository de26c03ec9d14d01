"""Officer login on the one-stop system and the menu "Chức năng" of the officer's roles (dang_nhap.feature):
the header's name and unit compared exactly with the account and its unit in the environment file.

Registered by the root conftest.py, beside the citizen's login steps of steps/test_dang_nhap.py.
"""

from playwright.sync_api import expect
from pytest_bdd import given, parsers, then, when

from fixtures.browser import OFFICER
from flows.back_office import enter_credentials, officer_home, open_entry_address, open_login
from flows.login import log_in_officer, register_cookies
from harness.actors import Account
from harness.config import Environment
from harness.evidence.attachments import attach_seen


@given("cán bộ một cửa đang ở trang đăng nhập hệ thống Một cửa điện tử", target_fixture="officer")
def officer_on_login_page(stage, env: Environment, accounts) -> Account:
    open_login(stage.open(OFFICER), env)
    return accounts.get("officer_mot_cua")


@when("cán bộ đăng nhập bằng tên đăng nhập và mật khẩu của mình")
def officer_logs_in(stage, env: Environment, officer: Account) -> None:
    page = stage.page(OFFICER)
    enter_credentials(page, env, officer)
    register_cookies(page)


@then("đầu trang hiển thị họ và tên và đơn vị của cán bộ")
def header_shows_officer(stage, env: Environment, officer: Account) -> None:
    home = officer_home(stage.page(OFFICER), env)
    expect(home.officer_name).to_have_text(officer.display_name)
    expect(home.unit_name).to_have_text(env.unit(officer.unit).name)


@then('thực đơn "Chức năng" có đúng các nhóm:')
def menu_has_groups(stage, env: Environment, datatable: list[list[str]]) -> None:
    home = officer_home(stage.page(OFFICER), env)
    expect(home.menu_headings).to_have_text([row[0] for row in datatable])
    attach_seen("Các nhóm chức năng", home.menu_groups())


@then(parsers.parse('nhóm "{group}" có các mục:'))
def group_has_entries(stage, env: Environment, group: str, datatable: list[list[str]]) -> None:
    home = officer_home(stage.page(OFFICER), env)
    expect(home.entries_of(group)).to_have_text([row[0] for row in datatable])
    attach_seen(f"Các mục của nhóm {group}", home.menu_items(group))


@given(parsers.parse('một cán bộ mới có vai trò "{role}" đã đăng nhập hệ thống Một cửa điện tử'),
       target_fixture="officer")
def new_officer_logged_in(stage, env: Environment, fresh_account, role: str) -> Account:
    account = fresh_account("officer", roles=(role,), unit="Ủy ban nhân dân Phường Tuy Hòa")
    log_in_officer(stage.open(OFFICER), env, account)
    return account


@then(parsers.parse('thực đơn "Chức năng" không có nhóm "{group}"'))
def menu_lacks_group(stage, env: Environment, group: str) -> None:
    home = officer_home(stage.page(OFFICER), env)
    expect(home.menu_headings.first).to_be_visible()
    expect(home.menu_group(group)).to_have_count(0)


@when(parsers.parse('cán bộ mở thẳng địa chỉ của mục "{entry}" thuộc nhóm "{group}"'))
def open_entry_by_address(stage, env: Environment, entry: str, group: str) -> None:
    open_entry_address(stage.page(OFFICER), env, group, entry)


@then(parsers.parse('hệ thống Một cửa điện tử báo "{message}"'))
def back_office_says(stage, env: Environment, message: str) -> None:
    expect(officer_home(stage.page(OFFICER), env).refusal).to_have_text(message)
