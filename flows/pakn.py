"""PAKN tasks: a citizen's letter sent through the form (synthetic sender), the officer's session on the PAKN
system (logged in once per run, shared by the workers), and the officer's actions on one item."""

import json
import secrets
from pathlib import Path

from filelock import FileLock
from playwright.sync_api import Browser, Page, expect

from flows.login import register_cookies
from harness.actors import Account
from harness.config import Environment
from harness.data.people import SyntheticPerson
from pages.pakn.form_page import PaknFormPage
from pages.pakn.officer_item_page import PaknOfficerItemPage
from pages.pakn.officer_login_page import PaknOfficerLoginPage
from pages.pakn.sent_page import PaknSentPage


def letter(sender: SyntheticPerson, topic: str, title: str, content: str) -> dict[str, str]:
    """The form's answers: the title gets a short random tag so that two runs on staging never share one."""
    return {
        "Đối tượng PAKN": "Người dân", "Họ tên": sender.ho_va_ten, "CMTND/CCCD": sender.so_dinh_danh,
        "Địa chỉ": str(sender.noi_o_hien_nay), "Điện thoại": sender.so_dien_thoai, "Email": sender.email,
        "PAKN về việc": topic, "Tiêu đề": f"{title} ({secrets.token_hex(3)})", "Nội dung": content,
    }


def send_letter(page: Page, env: Environment, answers: dict[str, str]) -> dict[str, str]:
    """Fill and send the form; what "Gửi phản ánh thành công" reads (Mã số PAKN, Ngày gửi, Hạn xử lý)."""
    form = PaknFormPage(page)
    form.load(env.url("pakn"))
    form.fill(answers)
    form.send()
    return PaknSentPage(page).read()


def officer_session(browser: Browser, env: Environment, account: Account, folder: Path) -> list[dict]:
    """The PAKN officer's cookies, from one login per run (saved in the run's actors folder)."""
    path = folder / f"{account.actor}-pakn.json"
    with FileLock(str(path) + ".lock"):
        if not path.exists():
            context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
            context.set_default_timeout(env.deadlines.action)
            try:
                page = context.new_page()
                login = PaknOfficerLoginPage(page)
                login.load(env.url("pakn"))
                login.log_in(account.login_id, account.password)
                expect(page.get_by_text(account.display_name, exact=True)).to_be_visible()
                register_cookies(page)
                path.write_text(json.dumps(context.cookies()))
            finally:
                context.close()
    return json.loads(path.read_text())


def officer_item(page: Page, env: Environment, ma_so: str) -> PaknOfficerItemPage:
    item = PaknOfficerItemPage(page)
    item.open(env.url("pakn"), ma_so)
    return item
