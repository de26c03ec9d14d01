"""The electronic receipt (biên lai điện tử) read as a person reads it: the PDF's text, "Nhãn: giá trị" lines."""

import io

from pypdf import PdfReader


def receipt_fields(pdf: bytes) -> dict[str, str]:
    if not pdf.startswith(b"%PDF"):
        raise ValueError("Biên lai tải về không phải là tệp PDF.")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    fields: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, value = line.partition(":")
        if sep and label.strip():
            fields.setdefault(label.strip(), value.strip())
    return fields
