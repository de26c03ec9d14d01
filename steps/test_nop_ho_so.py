"""Steps of nop_ho_so.feature: the e-form, its refusals (files, missing fields, old addresses, agencies that have
not adopted online submission) and what a submission gives: a code of the receiving unit, status, agency, fee.

The level-1 refusal and "Nộp hồ sơ" itself are shared steps (steps/citizen_steps.py).
"""

from pathlib import Path

from playwright.sync_api import expect
from pytest_bdd import scenarios, then, when

from fixtures.browser import CITIZEN
from flows.procedures import open_procedure
from flows.submission import Submitted, fill_declaration, open_declaration, prepare_declaration
from harness.config import Environment
from harness.data.documents import make_oversized_pdf, make_program
from harness.evidence.attachments import attach_seen
from harness.rules.dossier_codes import dossier_code_problem
from harness.rules.statuses import known_status
from pages.portal.eform_page import EFormPage
from pages.portal.submission_result_page import SubmissionResultPage
from steps.patterns import quoted

scenarios("nop_ho_so.feature")

BAD_FILES = {"một chương trình": make_program, "một tệp PDF quá 10 MB": make_oversized_pdf}
DECLARE = 'công dân kê khai hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}"'


def declare_with(stage, env: Environment, code: str, agency: str, province: str, rng, portal_today, folder: Path,
                 changes: dict[str, str] | None = None, bad_file: tuple[str, Path] | None = None) -> dict[str, str]:
    """Up to a filled e-form, not submitted: for scenarios about what the form refuses or keeps."""
    prepared, files = prepare_declaration(code, province, agency, rng, portal_today(), folder, changes)
    if bad_file:
        files[bad_file[0]] = bad_file[1]
    fill_declaration(open_declaration(stage.page(CITIZEN), env, code, province, agency), prepared.answers, files)
    attach_seen("Thông tin kê khai", prepared.answers)
    return prepared.answers


@then(quoted('Cổng báo nộp hồ sơ thành công với mã hồ sơ của "{agency}" mang ngày nộp và số thứ tự trong ngày'))
def code_of_the_unit(env: Environment, submission: Submitted, agency: str) -> None:
    unit_code = env.unit(agency).code
    attach_seen("Mã hồ sơ", {"mã hồ sơ": submission.ma_ho_so, "mã định danh của cơ quan": unit_code,
                             "ngày nộp": sorted(f"{day:%d/%m/%Y}" for day in submission.days)})
    problem = dossier_code_problem(submission.ma_ho_so, unit_code, submission.days)
    assert problem is None, problem


@then(quoted('hồ sơ ở trạng thái "{status}" tại "{agency}"'))
def submitted_to(stage, status: str, agency: str) -> None:
    result = SubmissionResultPage(stage.page(CITIZEN))
    assert (known_status(result.status()), result.agency()) == (status, agency)


@then(quoted('lệ phí của hồ sơ là "{fee}"'))
def fee_is(stage, fee: str) -> None:
    assert SubmissionResultPage(stage.page(CITIZEN)).fee() == fee


@when(quoted(DECLARE + ' nhưng đính kèm {kind} "{name}" ở mục "{component}"'), target_fixture="declared")
def declare_bad_file(stage, env, code, agency, province, kind, name, component, declaration_rng, portal_today,
                     attachments_dir) -> dict[str, str]:
    bad = BAD_FILES[kind](attachments_dir, name)
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today, attachments_dir,
                        bad_file=(component, bad))


@when(quoted(DECLARE + ' nhưng bỏ trống "{label}"'), target_fixture="declared")
def declare_without(stage, env, code, agency, province, label, declaration_rng, portal_today,
                    attachments_dir) -> dict[str, str]:
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today, attachments_dir,
                        {label: ""})


@when(quoted(DECLARE + ' nhưng ghi "{label}" là "{value}"'), target_fixture="declared")
def declare_value(stage, env, code, agency, province, label, value, declaration_rng, portal_today,
                  attachments_dir) -> dict[str, str]:
    return declare_with(stage, env, code, agency, province, declaration_rng, portal_today, attachments_dir,
                        {label: value})


@when('công dân bấm "Lưu và nộp hồ sơ"')
def press_save_and_submit(stage) -> None:
    EFormPage(stage.page(CITIZEN)).submit()


@then(quoted('Cổng báo "{message}" tại mục "{key}"'))
def field_refused(stage, message: str, key: str) -> None:
    assert EFormPage(stage.page(CITIZEN)).field_error(key) == message


@then(quoted('Cổng báo "{message}" tại thành phần hồ sơ "{component}"'))
def file_refused(stage, message: str, component: str) -> None:
    assert EFormPage(stage.page(CITIZEN)).component_error(component) == message


@then("các thông tin đã kê khai vẫn còn nguyên")
def nothing_lost(stage, declared: dict[str, str]) -> None:
    eform = EFormPage(stage.page(CITIZEN))
    shown = {key: eform.value(key) for key in declared}
    attach_seen("Thông tin trên tờ khai sau khi bị từ chối", shown)
    assert shown == declared


@then(quoted('mục "{component}" ghi "Đã tải lên" tệp "{name}"'))
def file_kept(stage, component: str, name: str) -> None:
    assert name in EFormPage(stage.page(CITIZEN)).uploaded_files(component)


@when(quoted('công dân điền "{label}" là "{value}" rồi bấm "Lưu và nộp hồ sơ" mà không tải lại tệp nào'))
def complete_and_submit(stage, label: str, value: str) -> None:
    eform = EFormPage(stage.page(CITIZEN))
    eform.answer(label, value)
    eform.submit()


@when(quoted('công dân xem các phường, xã nộp được hồ sơ thủ tục "{code}" ở "{province}"'), target_fixture="wards")
def wards_offered(stage, env: Environment, code: str, province: str) -> list[str]:
    return open_procedure(stage.page(CITIZEN), env, code).agency_panel.agencies(province)


@then(quoted('danh sách có "{offered}" nhưng không có "{missing}"'))
def offered_but_not(wards: list[str], offered: str, missing: str) -> None:
    attach_seen("Phường, xã được liệt kê", wards)
    assert offered in wards and missing not in wards


@when(quoted('công dân mở tờ khai thủ tục "{code}" của "{agency}" rồi đổi cơ quan trong địa chỉ của trang thành '
             '"{other}"'))
def open_form_of_another_agency(stage, env: Environment, code: str, agency: str, other: str) -> None:
    """The address the portal itself used for a configured agency, with the other agency's code put in place of
    its own: what a citizen who edits the address bar would open."""
    page, configured, wanted = stage.page(CITIZEN), env.unit(agency), env.unit(other)
    eform = open_declaration(page, env, code, configured.province, configured.choice)
    expect(eform.agency_name).to_have_text(configured.name)
    address = page.url
    assert address.count(configured.code) == 1, (
        f"Địa chỉ tờ khai {address} không mang mã định danh {configured.code} của {configured.name} đúng một lần: "
        f"không dựng được địa chỉ cho {wanted.name} từ địa chỉ này.")
    crafted = address.replace(configured.code, wanted.code)
    attach_seen("Địa chỉ tờ khai", {"Cổng mở cho " + configured.name: address, "đổi thành": crafted})
    page.goto(crafted)
