"""Steps of nop_ho_so.feature: the e-form, its refusals (level 1, files, missing fields, old addresses,
unconfigured agencies) and what a submission gives: code, status, receiving agency, fee."""

import re
from datetime import date
from pathlib import Path

from playwright.sync_api import expect
from pytest_bdd import scenarios, then, when

from flows.preconditions import unit_code
from flows.procedures import open_procedure
from flows.submission import choose_agency
from harness.config import Environment
from harness.data.documents import make_oversized_pdf, make_program
from harness.evidence.attachments import attach_seen
from pages.portal.eform_page import EFormPage
from pages.portal.notice_page import NoticePage
from pages.portal.submission_result_page import SubmissionResultPage
from steps.citizen_steps import Submission, declare, prepare
from steps.patterns import quoted

scenarios("nop_ho_so.feature")

BAD_FILES = {"một chương trình": make_program, "một tệp PDF quá 10 MB": make_oversized_pdf}
DECLARE = 'công dân kê khai hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}"'


def code_pattern(template: str, day: date) -> str:
    """"000.xx.xx.H15-yyMMdd-NNNN" as a regular expression, with that day's yyMMdd."""
    return (re.escape(template).replace("xx", r"\d{2}").replace("yyMMdd", f"{day:%y%m%d}")
            .replace("NNNN", r"\d{4}"))


def declare_with(stage, env: Environment, code: str, agency: str, province: str, rng, today: date, folder: Path,
                 changes: dict[str, str] | None = None, bad_file: tuple[str, Path] | None = None) -> dict[str, str]:
    prepared, files = prepare(code, province, agency, rng, today, folder, changes)
    if bad_file:
        files[bad_file[0]] = bad_file[1]
    declare(stage, env, code, province, agency, prepared, files)
    return prepared.answers


@then(quoted('Cổng báo nộp hồ sơ thành công với mã hồ sơ dạng "{template}" mang ngày hôm nay'))
def code_has_format(submission: Submission, template: str) -> None:
    patterns = [code_pattern(template, day) for day in sorted(submission.days)]
    attach_seen("Mẫu mã hồ sơ", {"mã hồ sơ": submission.ma_ho_so, "khớp một trong": patterns})
    assert any(re.fullmatch(pattern, submission.ma_ho_so) for pattern in patterns), submission.ma_ho_so


@then(quoted('hồ sơ ở trạng thái "{status}" tại "{agency}"'))
def submitted_to(stage, status: str, agency: str) -> None:
    result = SubmissionResultPage(stage.active_page)
    assert (result.status(), result.agency()) == (status, agency)


@then(quoted('lệ phí của hồ sơ là "{fee}"'))
def fee_is(stage, fee: str) -> None:
    assert SubmissionResultPage(stage.active_page).fee() == fee


@when(quoted('công dân mở tờ khai thủ tục "{code}" tại "{agency}" thuộc "{province}"'))
def open_form(stage, env: Environment, code: str, agency: str, province: str) -> None:
    choose_agency(stage.active_page, env, code, province, agency)


@then(quoted('Cổng từ chối nộp hồ sơ với thông báo "{message}"'))
def submission_refused(stage, message: str) -> None:
    expect(NoticePage(stage.active_page).message).to_have_text(message)


@when(quoted(DECLARE + ' nhưng đính kèm {kind} "{name}" ở mục "{component}"'), target_fixture="declared")
def declare_bad_file(stage, env, code, agency, province, kind, name, component, declaration_rng, portal_today,
                     attachments_dir) -> dict[str, str]:
    bad = BAD_FILES[kind](attachments_dir, name)
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today(), attachments_dir,
                        bad_file=(component, bad))


@when(quoted(DECLARE + ' nhưng bỏ trống "{label}"'), target_fixture="declared")
def declare_without(stage, env, code, agency, province, label, declaration_rng, portal_today,
                    attachments_dir) -> dict[str, str]:
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today(), attachments_dir,
                        {label: ""})


@when(quoted(DECLARE + ' nhưng ghi "{label}" là "{value}"'), target_fixture="declared")
def declare_value(stage, env, code, agency, province, label, value, declaration_rng, portal_today,
                  attachments_dir) -> dict[str, str]:
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today(), attachments_dir,
                        {label: value})


@when('công dân bấm "Lưu và nộp hồ sơ"')
def press_submit(stage) -> None:
    EFormPage(stage.active_page).submit()


@then(quoted('Cổng báo "{message}" tại mục "{key}"'))
def field_refused(stage, message: str, key: str) -> None:
    assert EFormPage(stage.active_page).field_error(key) == message


@then(quoted('Cổng báo "{message}" tại thành phần hồ sơ "{component}"'))
def file_refused(stage, message: str, component: str) -> None:
    assert EFormPage(stage.active_page).component_error(component) == message


@then("các thông tin đã kê khai vẫn còn nguyên")
def nothing_lost(stage, declared: dict[str, str]) -> None:
    eform = EFormPage(stage.active_page)
    shown = {key: eform.value(key) for key in declared}
    attach_seen("Thông tin trên tờ khai sau khi bị từ chối", shown)
    assert shown == declared


@then(quoted('mục "{component}" ghi "Đã tải lên" tệp "{name}"'))
def file_kept(stage, component: str, name: str) -> None:
    assert name in EFormPage(stage.active_page).uploaded_files(component)


@when(quoted('công dân điền "{label}" là "{value}" rồi bấm "Lưu và nộp hồ sơ" mà không tải lại tệp nào'))
def complete_and_submit(stage, label: str, value: str) -> None:
    eform = EFormPage(stage.active_page)
    eform.answer(label, value)
    eform.submit()


@when(quoted('công dân xem các phường, xã nộp được hồ sơ thủ tục "{code}" ở "{province}"'), target_fixture="wards")
def wards_offered(stage, env: Environment, code: str, province: str) -> list[str]:
    return open_procedure(stage.active_page, env, code).agency_panel.agencies(province)


@then(quoted('danh sách có "{offered}" nhưng không có "{missing}"'))
def offered_but_not(wards: list[str], offered: str, missing: str) -> None:
    attach_seen("Phường, xã được liệt kê", wards)
    assert offered in wards and missing not in wards


@when(quoted('công dân mở thẳng địa chỉ tờ khai thủ tục "{code}" tại "{agency}"'))
def open_form_by_address(stage, env: Environment, setup_api, code: str, agency: str) -> None:
    stage.active_page.goto(f"{env.url('portal')}/nop-ho-so/{code}?co_quan={unit_code(setup_api, agency)}")
