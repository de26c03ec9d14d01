"""Attachments made at run time: valid small documents of each type, and the bad files a portal must refuse."""

import zipfile
from pathlib import Path

import pytest

from harness.data.documents import MAX_BYTES, make_document, make_oversized_pdf, make_program


@pytest.mark.parametrize(("name", "start"), [
    ("to-khai.pdf", b"%PDF-1.4"), ("anh.jpg", b"\xff\xd8\xff"), ("anh.png", b"\x89PNG\r\n\x1a\n"),
    ("don.docx", b"PK\x03\x04"),
])
def test_each_document_starts_as_its_type_does(tmp_path: Path, name: str, start: bytes) -> None:
    path = make_document(tmp_path, name)
    assert path.name == name and path.read_bytes().startswith(start) and path.stat().st_size < 2048


def test_the_pdf_ends_where_its_cross_reference_says(tmp_path: Path) -> None:
    content = make_document(tmp_path, "to-khai.pdf").read_bytes()
    offset = int(content.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert content[offset:].startswith(b"xref") and content.endswith(b"%%EOF\n")


def test_the_docx_holds_a_word_document(tmp_path: Path) -> None:
    with zipfile.ZipFile(make_document(tmp_path, "don.docx")) as archive:
        assert "word/document.xml" in archive.namelist()


def test_an_unknown_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        make_document(tmp_path, "ghi-chu.txt")


def test_the_bad_files(tmp_path: Path) -> None:
    assert make_program(tmp_path, "to-khai.pdf").read_bytes().startswith(b"MZ")
    oversized = make_oversized_pdf(tmp_path, "ban-chup.pdf")
    assert oversized.stat().st_size == MAX_BYTES + 1 and oversized.read_bytes().startswith(b"%PDF-")
