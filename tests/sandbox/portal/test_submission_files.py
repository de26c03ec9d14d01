"""Attachments of a submission: refused files named at their component, accepted ones kept in the draft (listed
"Đã tải lên", removable) so that no attempt has to upload them again; components read from CSDL need none."""


import pytest
from fastapi.testclient import TestClient

from sandbox.eforms.uploads import MAX_BYTES
from tests.sandbox.eforms.support import (
    PDF,
    TAM_TRU,
    context,
    field_error,
    post_form,
    upload,
    uploaded,
)

CT01 = "000.00.00.G01-KQ003630"
PROGRAM = b"MZ\x90\x00" + b"\x00" * 60


def component_error(page: str, number: int = 2) -> str:
    """The message of the n-th component of the form (1.004194: 1 is read from CSDL, 2 is the CT01)."""
    return field_error(page, f"tep-{number}")


@pytest.mark.parametrize(("file", "message"), [
    (upload(CT01, "to-khai.exe", PROGRAM, "application/x-msdownload"),
     "Tệp to-khai.exe không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX)."),
    (upload(CT01, "to-khai.pdf", PROGRAM, "application/pdf"),
     "Tệp to-khai.pdf không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX)."),
    (upload(CT01, "to-khai.pdf", PDF, "text/plain"),
     "Tệp to-khai.pdf không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX)."),
    (upload(CT01, "ban-chup.pdf", PDF.ljust(MAX_BYTES + 1, b"0"), "application/pdf"),
     "Tệp ban-chup.pdf vượt quá dung lượng tối đa 10 MB."),
])
def test_a_wrong_file_is_refused_at_its_component(portal: TestClient, file: tuple, message: str) -> None:
    response = post_form(portal, TAM_TRU, files=[file])

    assert response.status_code == 422
    assert component_error(response.text) == message
    assert 'aria-invalid="true" aria-describedby="tep-2-loi"' in response.text
    assert uploaded(response.text) == []


def test_a_required_component_without_a_file_is_refused(portal: TestClient) -> None:
    response = post_form(portal, TAM_TRU, files=[])

    assert component_error(response.text) == "Vui lòng đính kèm tệp cho thành phần hồ sơ này."


def test_a_file_uploaded_with_a_refused_attempt_is_kept_and_needs_no_new_upload(portal: TestClient) -> None:
    first = post_form(portal, TAM_TRU, {"so_dien_thoai": ""})
    assert uploaded(first.text) == ["to-khai-ct01.pdf"]
    assert uploaded(portal.get(TAM_TRU.url()).text) == ["to-khai-ct01.pdf"]

    second = post_form(portal, TAM_TRU, files=[])

    assert second.status_code == 303
    files = context(portal).store.all("SELECT ma_thanh_phan, file_name, content FROM dossier_files")
    assert [(row["ma_thanh_phan"], row["file_name"], row["content"]) for row in files] == [(CT01, "to-khai-ct01.pdf",
                                                                                            PDF)]


def test_good_files_are_kept_even_when_another_file_is_refused(portal: TestClient) -> None:
    response = post_form(portal, TAM_TRU, files=[upload(CT01, "to-khai-ct01.pdf"),
                                                 upload(CT01, "virus.pdf", PROGRAM, "application/pdf")])

    assert uploaded(response.text) == ["to-khai-ct01.pdf"]
    assert component_error(response.text) == "Tệp virus.pdf không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX)."


def test_xoa_removes_an_uploaded_file_and_keeps_the_answers(portal: TestClient) -> None:
    post_form(portal, TAM_TRU, {"so_dien_thoai": ""})
    draft_file = context(portal).store.one("SELECT id FROM eform_draft_files")["id"]

    response = post_form(portal, TAM_TRU, files=[], xoa_tep=str(draft_file))

    assert response.status_code == 200
    assert uploaded(response.text) == [] and 'value="Số 5 đường Hùng Vương"' in response.text


def test_a_component_read_from_a_national_database_asks_for_no_file(portal: TestClient) -> None:
    page = portal.get(TAM_TRU.url()).text

    assert "Đã khai thác từ CSDL quốc gia" in page
    assert 'name="tep:000.00.00.G01-KQ003631"' not in page
    assert f'name="tep:{CT01}"' in page


def test_files_posted_for_a_component_read_from_csdl_are_ignored(portal: TestClient) -> None:
    response = post_form(portal, TAM_TRU, files=[upload(CT01, "to-khai-ct01.pdf"),
                                                 upload("000.00.00.G01-KQ003631", "so-ho-khau.pdf")])

    assert response.status_code == 303
    names = [row["file_name"] for row in context(portal).store.all("SELECT file_name FROM dossier_files")]
    assert names == ["to-khai-ct01.pdf"]
