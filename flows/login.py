"""Logging in: a citizen through VNeID onto the portal, an officer onto the one-stop back office.

Each task ends on a page where the login is complete (the header shows the citizen's name, the back
office shows its menu), so the browser context can be saved and reused as that actor's session.
"""

from playwright.sync_api import Page, expect

from flows.back_office import log_in as log_in_to_back_office
from harness.actors import Account
from harness.clients.login_codes import LoginCodeSource
from harness.config import Environment
from harness.evidence.redaction import SECRETS
from pages.portal.header import PortalHeader
from pages.vneid.account_type_page import AccountTypePage
from pages.vneid.consent_dialog import ConsentDialog
from pages.vneid.login_code_dialog import LoginCodeDialog
from pages.vneid.password_page import PasswordPage


def register_cookies(page: Page) -> None:
    """Login and session cookies are credentials: registered, so the evidence is scrubbed of them."""
    for cookie in page.context.cookies():
        SECRETS.register(cookie["value"], f"cookie {cookie['name']}")


def choose_citizen_login(page: Page) -> None:
    """From any portal page: "Đăng nhập", then the citizen account type, up to the VNeID password page."""
    PortalHeader(page).open_login()
    AccountTypePage(page).choose_citizen()
    expect(PasswordPage(page).id_field).to_be_visible()
    register_cookies(page)


def open_vneid_login(page: Page, env: Environment) -> None:
    page.goto(f"{env.url('portal')}/")
    choose_citizen_login(page)


def pass_password_step(page: Page, account: Account) -> None:
    PasswordPage(page).log_in(account.login_id, account.password)
    expect(LoginCodeDialog(page).dialog).to_be_visible()


def confirm_login_code(page: Page, account: Account, codes: LoginCodeSource) -> None:
    LoginCodeDialog(page).confirm(codes.code_for(account))


def share_data_if_asked(page: Page) -> None:
    """VNeID asks for consent the first time (and from time to time); otherwise it goes straight back."""
    consent, header = ConsentDialog(page), PortalHeader(page)
    expect(consent.dialog.or_(header.user_button)).to_be_visible()
    if consent.dialog.is_visible():
        consent.accept()
    expect(header.user_button).to_be_visible()
    register_cookies(page)


def log_in_citizen(page: Page, env: Environment, account: Account, codes: LoginCodeSource) -> None:
    open_vneid_login(page, env)
    pass_password_step(page, account)
    confirm_login_code(page, account, codes)
    share_data_if_asked(page)


def log_in_officer(page: Page, env: Environment, account: Account) -> None:
    """On the environment's one-stop system (flows/back_office.py), whichever vendor's it is."""
    log_in_to_back_office(page, env, account)
    register_cookies(page)
