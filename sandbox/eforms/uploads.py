"""Which files a dossier accepts: PDF, JPG/JPEG, PNG, DOC, DOCX, at most 10 MB each.

The server checks all three things it can see: the extension of the name, the content type the browser
declared for it, and the first bytes of the content (a renamed program is not a PDF). A refused file gets
the portal's sentence, naming the file.
"""

from dataclasses import dataclass
from pathlib import PurePath

MAX_BYTES = 10 * 1024 * 1024
ALLOWED = "PDF, JPG, PNG, DOC, DOCX"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc files
_ZIP = b"PK\x03\x04"  # the container of .docx files
# extension → (content types a browser declares for it, magic bytes the content starts with)
_TYPES = {
    "pdf": ({"application/pdf"}, b"%PDF-"),
    "jpg": ({"image/jpeg", "image/pjpeg"}, b"\xff\xd8\xff"),
    "jpeg": ({"image/jpeg", "image/pjpeg"}, b"\xff\xd8\xff"),
    "png": ({"image/png"}, b"\x89PNG\r\n\x1a\n"),
    "doc": ({"application/msword"}, _OLE),
    "docx": ({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}, _ZIP),
}


@dataclass(frozen=True)
class Upload:
    file_name: str
    content_type: str
    content: bytes


def file_name_only(name: str) -> str:
    """The name without any folder a browser might send ("C:\\Users\\…\\to-khai.pdf" → "to-khai.pdf")."""
    return PurePath(name.replace("\\", "/")).name


def upload_problem(upload: Upload) -> str | None:
    """The message for a file the portal refuses, or None."""
    extension = upload.file_name.rsplit(".", 1)[-1].lower() if "." in upload.file_name else ""
    declared = upload.content_type.split(";")[0].strip().lower()
    types, magic = _TYPES.get(extension, (set(), b""))
    if not types or declared not in types or not upload.content.startswith(magic):
        return f"Tệp {upload.file_name} không đúng định dạng cho phép ({ALLOWED})."
    if len(upload.content) > MAX_BYTES:
        return f"Tệp {upload.file_name} vượt quá dung lượng tối đa 10 MB."
    return None
