"""Steps of tra_ket_qua.feature: returning a signed result, the result document and its signature, and the
dossiers that have no result to return."""

import re
from pathlib import Path

from playwright.sync_api import Download, expect
from pytest_bdd import given, parsers, scenarios, then, when

from flows.back_office import approve_and_sign, open_dossier
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import SHOWN_PATTERN
from pages.motcua.dossier_page import OfficerDossierPage
from pages.motcua.result_document_page import ResultDocumentPage
from pages.portal.citizen_dossier_page import CitizenDossierPage
from steps.back_office_steps import OFFICER
from steps.dossier_preparation import Dossiers, officer_actor
from steps.patterns import quoted

scenarios("tra_ket_qua.feature")

COMPARED = ("Số", "Chứng thư số", "Số hiệu chứng thư", "Mã băm (SHA-256)")


@given(parsers.re(f'{OFFICER} của "(?P<unit>[^"]*)" đã phê duyệt và ký số kết quả hồ sơ'),
       target_fixture="signature")
def signed_beforehand(stage, env: Environment, ma_ho_so: str, kind: str, unit: str) -> dict[str, str]:
    page = stage.new_page(officer_actor(kind, unit))
    signature = approve_and_sign(page, env, ma_ho_so)
    attach_seen("Kết quả đã ký số", signature)
    # The scenario goes on with the officer who logged in first.
    page.close()
    return signature


@when("cán bộ xem văn bản kết quả")
def open_result_document(stage) -> None:
    OfficerDossierPage(stage.active_page).open_result_document()


@then("hồ sơ có ngày trả kết quả")
def has_return_date(stage) -> None:
    returned = OfficerDossierPage(stage.active_page).field("Ngày trả kết quả")
    assert re.fullmatch(SHOWN_PATTERN, returned), returned


@then("văn bản kết quả ghi người ký, chứng thư số và thời điểm ký đúng như lãnh đạo đã ký")
def document_signed_as_approved(stage, signature: dict[str, str]) -> None:
    document = ResultDocumentPage(stage.active_page)
    signed = document.signature()
    attach_seen("Chữ ký số trên văn bản kết quả", signed)
    expect(document.title).to_have_text(signature["Tên giấy tờ"])
    assert document.value("Số") == signature["Số"]
    assert (signed["Người ký"], signed["Chứng thư số"]) == (signature["Người ký"], signature["Chứng thư số"])
    assert re.fullmatch(SHOWN_PATTERN, signed["Thời điểm ký"]), signed["Thời điểm ký"]


@then("văn bản kết quả có mã băm SHA-256 của nội dung đã ký")
def document_has_digest(stage) -> None:
    digest = ResultDocumentPage(stage.active_page).signature()["Mã băm (SHA-256)"]
    assert re.fullmatch(r"[0-9a-f]{64}", digest), digest


@then(quoted('hồ sơ không có kết quả giải quyết và chỉ được cấp "{slip}"'))
def no_result(stage, slip: str) -> None:
    dossier = OfficerDossierPage(stage.active_page)
    assert dossier.issued_slips() == [slip]
    expect(dossier.result).to_have_count(0)


@when('công dân mở hồ sơ của mình và bấm "Tải kết quả"', target_fixture="result_file")
def citizen_downloads_result(stage, env: Environment, ma_ho_so: str) -> Download:
    dossier = CitizenDossierPage(stage.active_page)
    dossier.load(env.url("portal"), ma_ho_so)
    return dossier.download_result()


@then("tệp tải về mang tên theo mã hồ sơ và là văn bản kết quả của hồ sơ đó", target_fixture="downloaded")
def downloaded_file_is_the_result(stage, ma_ho_so: str, result_file: Download) -> ResultDocumentPage:
    assert result_file.suggested_filename == f"ket-qua-{ma_ho_so}.html", result_file.suggested_filename
    # Opened as the citizen would open the file, in the browser.
    stage.active_page.set_content(Path(result_file.path()).read_text(encoding="utf-8"))
    document = ResultDocumentPage(stage.active_page)
    assert document.value("Mã hồ sơ") == ma_ho_so
    return document


@then("văn bản tải về có cùng số, chứng thư số và mã băm với văn bản kết quả trên hệ thống Một cửa điện tử")
def downloaded_matches_one_stop(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str,
                                downloaded: ResultDocumentPage) -> None:
    officer_page = stage.new_page(dossiers.units[ma_ho_so].mot_cua)
    open_dossier(officer_page, env, ma_ho_so).open_result_document()
    issued = ResultDocumentPage(officer_page)
    one_stop = {label: issued.value(label) for label in COMPARED}
    citizen = {label: downloaded.value(label) for label in COMPARED}
    attach_seen("Văn bản kết quả", {"Một cửa": one_stop, "công dân tải về": citizen})
    assert citizen == one_stop
