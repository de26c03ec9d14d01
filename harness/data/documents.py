"""Attachments made at run time: tiny valid documents, and the bad files a portal must refuse.

Synthetic only: a one-page PDF, a 1×1 JPEG or PNG, a DOCX of one paragraph; a program renamed as a
document; a PDF one byte over 10 MB. `make_document(folder, name)` picks the kind from the extension.
"""

import base64
import struct
import zipfile
import zlib
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024

# The smallest baseline JPEG: one grey pixel.
_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////"
    "////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)


def _pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _docx(path: Path, text: str) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
            '+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>{text}</w:t>'
            '</w:r></w:p></w:body></w:document>'))


def make_document(folder: Path, name: str) -> Path:
    """A small valid file named `name` (.pdf, .jpg/.jpeg, .png or .docx) in `folder`."""
    path = folder / name
    extension = path.suffix.lower()
    text = f"Tai lieu thu nghiem {path.stem}"
    if extension == ".pdf":
        path.write_bytes(_pdf(text))
    elif extension in (".jpg", ".jpeg"):
        path.write_bytes(_JPEG)
    elif extension == ".png":
        path.write_bytes(_png())
    elif extension == ".docx":
        _docx(path, text)
    else:
        raise ValueError(f"no synthetic document of type {extension!r}: use .pdf, .jpg, .png or .docx")
    return path


def make_program(folder: Path, name: str) -> Path:
    """A Windows program's header under any name: what a portal must refuse whatever the name says."""
    path = folder / name
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48
                     + b"This program cannot be run in DOS mode.")
    return path


def make_oversized_pdf(folder: Path, name: str) -> Path:
    """A PDF one byte over the 10 MB limit."""
    path = folder / name
    start = _pdf("Tai lieu qua lon")
    path.write_bytes(start + b"%" + b"0" * (MAX_BYTES + 1 - len(start) - 1))
    return path
