"""Steps of tra_ket_qua.feature: returning a signed result, the result document and its signature (the digest
recomputed from the content the document says it signed), the citizen's download opened as a file in its own tab,
and the dossiers that have no result to return."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import allure
from playwright.sync_api import Download, expect
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN, OFFICER
from flows.back_office import approve_and_sign, officer_dossier, open_dossier, result_document
from flows.lookup import open_own_dossier
from flows.preconditions import MOT_CUA, Dossiers
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.moments import Window, during, outside_window, same_moment
from harness.rules.signature import signature_problems, signed_fields
from pages.motcua.system import ResultDocument
from steps.patterns import OFFICER as OFFICER_KIND
from steps.patterns import OFFICER_ROLES, quoted

scenarios("tra_ket_qua.feature")

COMPARED = ("Số", "Chứng thư số", "Số hiệu chứng thư", "Mã băm (SHA-256)")
DOWNLOADED = "tệp tải về"


@given(parsers.re(f'{OFFICER_KIND} của "(?P<unit>[^"]*)" đã phê duyệt và ký số kết quả hồ sơ'),
       target_fixture="signature")
def signed_beforehand(stage, env: Environment, ma_ho_so: str, kind: str, unit: str,
                      portal_clock: Callable[[], datetime], pressed: dict[str, Window]) -> dict[str, str]:
    actor = env.officer_at(unit, OFFICER_ROLES[kind]).name
    page = stage.open(f"{kind} của {unit}", actor)
    signature, pressed["Phê duyệt và ký số"] = during(portal_clock, lambda: approve_and_sign(page, env, ma_ho_so))
    attach_seen("Kết quả đã ký số", signature)
    return signature


@when("cán bộ xem văn bản kết quả")
def open_result_document(stage, env: Environment, ma_ho_so: str) -> None:
    officer_dossier(stage.page(OFFICER), env, ma_ho_so).open_result_document()


@then(quoted('hồ sơ có ngày trả kết quả là lúc cán bộ bấm "{action}"'))
def returned_when_pressed(stage, env: Environment, ma_ho_so: str, action: str, pressed: dict[str, Window]) -> None:
    returned = officer_dossier(stage.page(OFFICER), env, ma_ho_so).field("Ngày trả kết quả")
    attach_seen("Ngày trả kết quả", {"trên trang hồ sơ": returned, "lúc bấm": str(pressed[action])})
    assert outside_window(returned, pressed[action]) is None, outside_window(returned, pressed[action])


@then("văn bản kết quả ghi người ký, chứng thư số và thời điểm ký đúng như lãnh đạo đã ký")
def document_signed_as_approved(stage, env: Environment, signature: dict[str, str],
                                pressed: dict[str, Window]) -> None:
    document = result_document(stage.page(OFFICER), env)
    signed = document.signature()
    attach_seen("Chữ ký số trên văn bản kết quả", signed)
    expect(document.title).to_have_text(signature["Tên giấy tờ"])
    assert document.value("Số") == signature["Số"]
    assert (signed["Người ký"], signed["Chứng thư số"]) == (signature["Người ký"], signature["Chứng thư số"])
    window = pressed["Phê duyệt và ký số"]
    assert outside_window(signed["Thời điểm ký"], window) is None, outside_window(signed["Thời điểm ký"], window)


@then("mã băm SHA-256 của văn bản kết quả là mã băm của nội dung đã ký ghi trên văn bản")
def digest_of_the_signed_content(stage, env: Environment, ma_ho_so: str) -> None:
    check_signature(result_document(stage.page(OFFICER), env), ma_ho_so)


def check_signature(document: ResultDocument, ma_ho_so: str) -> None:
    """The digest recomputed from "Nội dung đã ký", which must name this document, its number, signer and time."""
    content, digest = document.value("Nội dung đã ký"), document.value("Mã băm (SHA-256)")
    attach_seen("Nội dung đã ký", {"nội dung": content, "mã băm trên văn bản": digest})
    # "Người ký" may go on with the signer's title ("Nguyễn Văn Hùng, Lãnh đạo đơn vị"): the name is signed.
    shown = {"Mã hồ sơ": ma_ho_so, "Số": document.value("Số"), "Tên giấy tờ": document.title.inner_text().strip(),
             "Người ký": document.value("Người ký").split(",")[0], "Chứng thư số": document.value("Chứng thư số")}
    assert signature_problems(content, digest, shown) == []
    signed_at = document.value("Thời điểm ký")
    assert same_moment(signed_fields(content)["Thời điểm ký"], signed_at), (content, signed_at)


@then(quoted('hồ sơ không có kết quả giải quyết và chỉ được cấp "{slip}"'))
def no_result(stage, env: Environment, ma_ho_so: str, slip: str) -> None:
    dossier = officer_dossier(stage.page(OFFICER), env, ma_ho_so)
    assert dossier.issued_slips() == [slip]
    expect(dossier.result).to_have_count(0)


@when('công dân mở hồ sơ của mình và bấm "Tải kết quả"', target_fixture="result_file")
def citizen_downloads_result(stage, env: Environment, ma_ho_so: str) -> Download:
    return open_own_dossier(stage.page(CITIZEN), env, ma_ho_so).download_result()


@then("tệp tải về mang tên theo mã hồ sơ và là văn bản kết quả của hồ sơ đó", target_fixture="downloaded")
def downloaded_file_is_the_result(stage, env: Environment, ma_ho_so: str, result_file: Download,
                                  tmp_path: Path) -> ResultDocument:
    assert result_file.suggested_filename == f"ket-qua-{ma_ho_so}.html", result_file.suggested_filename
    path = tmp_path / "tai-ve" / result_file.suggested_filename
    result_file.save_as(path)
    allure.attach.file(path, name=result_file.suggested_filename, attachment_type=allure.attachment_type.HTML)
    # Opened as its owner opens a downloaded file: saved under its name, then in a tab of their own browser.
    tab = stage.new_tab(CITIZEN, DOWNLOADED)
    tab.goto(path.as_uri())
    document = result_document(tab, env)
    assert document.value("Mã hồ sơ") == ma_ho_so
    check_signature(document, ma_ho_so)
    return document


@then("văn bản tải về có cùng số, chứng thư số và mã băm với văn bản kết quả trên hệ thống Một cửa điện tử")
def downloaded_matches_one_stop(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str,
                                downloaded: ResultDocument) -> None:
    actor = dossiers.officer(ma_ho_so, MOT_CUA)
    officer_page = stage.open(f"cán bộ một cửa của {dossiers.units[ma_ho_so]}", actor)
    open_dossier(officer_page, env, ma_ho_so).open_result_document()
    issued = result_document(officer_page, env)
    one_stop = {label: issued.value(label) for label in COMPARED}
    citizen = {label: downloaded.value(label) for label in COMPARED}
    attach_seen("Văn bản kết quả", {"Một cửa": one_stop, "công dân tải về": citizen})
    assert citizen == one_stop
