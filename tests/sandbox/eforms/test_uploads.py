"""Files a dossier accepts: type by extension, declared content type and first bytes; at most 10 MB."""

import pytest

from sandbox.eforms.uploads import MAX_BYTES, Upload, file_name_only, upload_problem
from tests.sandbox.eforms.support import JPEG, PDF

DOCX = b"PK\x03\x04" + b"\x00" * 30
DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 30
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 30
PROGRAM = b"MZ\x90\x00" + b"\x00" * 60
WRONG_TYPE = "Tệp {} không đúng định dạng cho phép (PDF, JPG, PNG, DOC, DOCX)."


@pytest.mark.parametrize(("name", "content_type", "content"), [
    ("to-khai.pdf", "application/pdf", PDF),
    ("anh.JPG", "image/jpeg", JPEG),
    ("anh.jpeg", "image/jpeg", JPEG),
    ("anh.png", "image/png", PNG),
    ("don.doc", "application/msword", DOC),
    ("don.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX),
])
def test_the_allowed_types_pass(name: str, content_type: str, content: bytes) -> None:
    assert upload_problem(Upload(name, content_type, content)) is None


@pytest.mark.parametrize(("name", "content_type", "content"), [
    ("chuong-trinh.exe", "application/x-msdownload", PROGRAM),
    ("to-khai.pdf", "application/pdf", PROGRAM),
    ("to-khai.pdf", "application/octet-stream", PDF),
    ("anh.png", "image/png", JPEG),
    ("to-khai", "application/pdf", PDF),
    ("to-khai.txt", "text/plain", b"hello"),
])
def test_a_wrong_extension_declared_type_or_content_is_refused(name: str, content_type: str, content: bytes) -> None:
    assert upload_problem(Upload(name, content_type, content)) == WRONG_TYPE.format(name)


def test_ten_megabytes_pass_and_one_byte_more_does_not() -> None:
    assert upload_problem(Upload("ban-chup.pdf", "application/pdf", PDF.ljust(MAX_BYTES, b"0"))) is None
    assert upload_problem(Upload("ban-chup.pdf", "application/pdf", PDF.ljust(MAX_BYTES + 1, b"0"))) == (
        "Tệp ban-chup.pdf vượt quá dung lượng tối đa 10 MB.")


def test_only_the_file_name_of_a_path_is_kept() -> None:
    assert file_name_only("C:\\Users\\mai\\to-khai.pdf") == "to-khai.pdf"
    assert file_name_only("/home/mai/to-khai.pdf") == "to-khai.pdf"
