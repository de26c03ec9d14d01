"""Steps of phan_anh_kien_nghi.feature: a synthetic citizen's letter sent through the form, the PAKN officer's
route/answer/refusal, and what the public lookup and the list "đã trả lời" show; deadlines from harness/rules."""

import re

from faker import Faker
from playwright.sync_api import expect
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN, OFFICER
from flows.pakn import letter, officer_item, officer_session, send_letter
from harness.config import Environment
from harness.data.people import person
from harness.evidence.attachments import attach_seen
from harness.evidence.redaction import SECRETS
from harness.rules.pakn_deadline import pakn_code_prefix, pakn_due_day
from harness.vietnam_time import shown_time
from pages.pakn.answered_list_page import AnsweredListPage
from pages.pakn.form_page import PaknFormPage
from pages.pakn.lookup_page import PaknLookupPage
from pages.pakn.officer_list_page import PaknOfficerListPage
from steps.patterns import quoted

scenarios("phan_anh_kien_nghi.feature")

CONTENT = "Đề nghị cơ quan xem xét, hướng dẫn cụ thể để người dân thực hiện thuận tiện hơn."


@given(quoted('cán bộ xử lý PAKN của "{unit}" đã đăng nhập hệ thống phản ánh kiến nghị'))
def pakn_officer_logged_in(stage, env: Environment, accounts, browser, run_folder, unit: str) -> None:
    account = accounts.get(env.officer_at(unit, "XU_LY_PAKN").name)
    cookies = officer_session(browser, env, account, run_folder)
    for cookie in cookies:
        SECRETS.register(cookie["value"], f"cookie {cookie['name']}")
    stage.open(OFFICER).context.add_cookies(cookies)


@given(quoted('người dân đã gửi phản ánh về việc "{topic}" với tiêu đề "{title}"'), target_fixture="pakn")
def letter_sent(stage, env: Environment, faker_vi: Faker, topic: str, title: str) -> dict:
    answers = letter(person(faker_vi), topic, title, CONTENT)
    sent = send_letter(stage.page_of(CITIZEN), env, answers)
    attach_seen("Gửi phản ánh thành công", sent)
    return {"answers": answers, "sent": sent, "ma_so": sent["Mã số PAKN"]}


@then("mã số PAKN ghi ngày gửi và hạn xử lý là ngày làm việc thứ 10 sau ngày gửi")
def code_and_deadline(pakn: dict) -> None:
    received = shown_time(pakn["sent"]["Ngày gửi"]).date()
    assert re.fullmatch(re.escape(pakn_code_prefix(received)) + r"\d{5}", pakn["ma_so"]), pakn["ma_so"]
    assert pakn["sent"]["Hạn xử lý"] == f"{pakn_due_day(received):%d/%m/%Y}"


@when(quoted('cán bộ phân loại PAKN là "{classification}" và chuyển "{unit}" xử lý'))
def route(stage, env: Environment, pakn: dict, classification: str, unit: str) -> None:
    officer_item(stage.page(OFFICER), env, pakn["ma_so"]).route(classification, unit)


@when(quoted('cán bộ trả lời "{text}" và chọn "{publication}"'))
def answer(stage, env: Environment, pakn: dict, text: str, publication: str) -> None:
    officer_item(stage.page(OFFICER), env, pakn["ma_so"]).answer(text, publication)


@when(quoted('cán bộ từ chối tiếp nhận PAKN với lý do "{reason}"'))
def refuse(stage, env: Environment, pakn: dict, reason: str) -> None:
    officer_item(stage.page(OFFICER), env, pakn["ma_so"]).refuse(reason)


@then(quoted('tra cứu theo mã số PAKN thấy trạng thái "{status}" và nội dung trả lời "{text}"'))
def lookup_by_code(stage, env: Environment, pakn: dict, status: str, text: str) -> None:
    lookup = PaknLookupPage(stage.page_of(CITIZEN))
    lookup.search(env.url("pakn"), "Mã số PAKN", pakn["ma_so"])
    expect(lookup.value(pakn["ma_so"], "Trạng thái")).to_have_text(status)
    expect(lookup.value(pakn["ma_so"], "Nội dung trả lời")).to_have_text(text)


@then(quoted('tra cứu theo tên người gửi thấy PAKN ở trạng thái "{status}" với lý do "{reason}"'))
def lookup_by_sender(stage, env: Environment, pakn: dict, status: str, reason: str) -> None:
    lookup = PaknLookupPage(stage.page_of(CITIZEN))
    lookup.search(env.url("pakn"), "Tên người gửi", pakn["answers"]["Họ tên"])
    expect(lookup.value(pakn["ma_so"], "Người gửi")).to_have_text(pakn["answers"]["Họ tên"])
    expect(lookup.value(pakn["ma_so"], "Trạng thái")).to_have_text(status)
    expect(lookup.value(pakn["ma_so"], "Lý do từ chối")).to_have_text(reason)


@then(parsers.re("danh sách PAKN đã trả lời công khai (?P<shown>có|không có) PAKN này"))
def public_list(stage, env: Environment, pakn: dict, shown: str) -> None:
    public = AnsweredListPage(stage.page_of(CITIZEN))
    public.search(env.url("pakn"), pakn["ma_so"])
    if shown == "có":
        expect(public.row(pakn["ma_so"])).to_have_count(1)
        expect(public.row(pakn["ma_so"])).to_contain_text(pakn["answers"]["Tiêu đề"])
    else:
        expect(public.nothing_found).to_be_visible()


@when(quoted('người dân gửi phản ánh về việc "{topic}" nhưng bỏ trống "{label}"'), target_fixture="pakn")
def letter_with_blank(stage, env: Environment, faker_vi: Faker, topic: str, label: str) -> dict:
    answers = {**letter(person(faker_vi), topic, "Thủ tục cấp phép", CONTENT), label: ""}
    form = PaknFormPage(stage.open(CITIZEN))
    form.load(env.url("pakn"))
    form.fill(answers)
    form.send()
    return {"answers": answers}


@then(quoted('biểu mẫu báo "{message}" tại ô "{label}"'))
def error_at_field(stage, message: str, label: str) -> None:
    field = PaknFormPage(stage.page(CITIZEN)).field(label)
    expect(field).to_have_accessible_description(message)
    expect(field).to_have_attribute("aria-invalid", "true")


@then("nội dung đã nhập vẫn còn và chưa có mã số PAKN nào được cấp")
def typed_kept(stage, pakn: dict) -> None:
    page = stage.page(CITIZEN)
    form = PaknFormPage(page)
    expect(form.heading).to_be_visible()
    expect(form.field("Nội dung")).to_have_value(pakn["answers"]["Nội dung"])
    expect(form.field("Họ tên")).to_have_value(pakn["answers"]["Họ tên"])
    expect(page.get_by_text("Mã số PAKN", exact=True)).to_have_count(0)


@then(quoted('ô "{label}" nhắc "{warning}"'))
def field_warns(stage, label: str, warning: str) -> None:
    expect(PaknFormPage(stage.page(CITIZEN)).field(label)).to_have_attribute("placeholder", re.compile(
        re.escape(warning)))


@then(quoted('danh sách "{title}" ghi PAKN với hạn xử lý theo quy tắc và tình trạng "{flag}"'))
def listed_with_flag(stage, env: Environment, pakn: dict, title: str, flag: str) -> None:
    listing = PaknOfficerListPage(stage.page(OFFICER))
    listing.find(env.url("pakn"), title, pakn["ma_so"])
    due = pakn_due_day(shown_time(pakn["sent"]["Ngày gửi"]).date())
    attach_seen("Hạn xử lý PAKN", {"ngày gửi": pakn["sent"]["Ngày gửi"], "theo quy tắc": f"{due:%d/%m/%Y}"})
    expect(listing.cell(pakn["ma_so"], "Hạn xử lý")).to_have_text(f"{due:%d/%m/%Y}")
    expect(listing.cell(pakn["ma_so"], "Tình trạng hạn")).to_have_text(flag)
