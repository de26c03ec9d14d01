"""A signed result checked the way a verifier checks one: the digest recomputed from the content the document
says was signed, and that content naming the document it is on.

The signed content is written on the document ("Nội dung đã ký") as `Nhãn: giá trị` parts joined by " | ";
its SHA-256, in lower-case hex, is the document's "Mã băm (SHA-256)".
"""

import hashlib

SEPARATOR = " | "


def digest_of(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def signed_fields(content: str) -> dict[str, str]:
    """The labelled parts of the signed content."""
    fields = {}
    for part in content.split(SEPARATOR):
        label, colon, value = part.partition(": ")
        assert colon, f"Nội dung đã ký có phần “{part}” không ở dạng “Nhãn: giá trị”."
        fields[label] = value
    return fields


def signature_problems(content: str, digest: str, document: dict[str, str]) -> list[str]:
    """What is wrong with a document's signature: a digest that is not the content's, or signed content that
    does not say what the document says (`document`: label → value as shown)."""
    problems = []
    if digest_of(content) != digest:
        problems.append(f"Mã băm “{digest}” không phải SHA-256 của nội dung đã ký ({digest_of(content)}).")
    signed = signed_fields(content)
    for label, shown in document.items():
        if signed.get(label) != shown:
            problems.append(f"Nội dung đã ký ghi {label} “{signed.get(label)}”, văn bản ghi “{shown}”.")
    return problems
