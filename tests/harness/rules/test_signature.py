import hashlib

from harness.rules.signature import digest_of, signature_problems, signed_fields

CONTENT = ("Mã hồ sơ: 000.21.31.H15-261201-0001 | Tên giấy tờ: Xác nhận đăng ký tạm trú | Số: 0001/KQ-2026 | "
           "Người ký: Nguyễn Văn Hùng | Chứng thư số: CN=Nguyễn Văn Hùng, O=Công an Phường Tuy Hòa, L=Tỉnh Đắk Lắk, "
           "C=VN | Thời điểm ký: 01/12/2026 10:15:42")
DIGEST = hashlib.sha256(CONTENT.encode()).hexdigest()
DOCUMENT = {"Mã hồ sơ": "000.21.31.H15-261201-0001", "Số": "0001/KQ-2026", "Người ký": "Nguyễn Văn Hùng"}


def test_the_digest_is_the_sha256_of_the_signed_content():
    assert digest_of(CONTENT) == DIGEST
    assert signature_problems(CONTENT, DIGEST, DOCUMENT) == []


def test_the_signed_content_reads_as_labelled_parts():
    assert signed_fields(CONTENT)["Thời điểm ký"] == "01/12/2026 10:15:42"
    assert signed_fields(CONTENT)["Chứng thư số"].startswith("CN=Nguyễn Văn Hùng, O=")


def test_any_64_hex_digits_that_are_not_the_contents_digest_fail():
    problems = signature_problems(CONTENT, "0" * 64, DOCUMENT)
    assert problems == [f"Mã băm “{'0' * 64}” không phải SHA-256 của nội dung đã ký ({DIGEST})."]


def test_content_signed_for_another_document_fails_even_with_its_own_digest():
    other = CONTENT.replace("-0001 |", "-0002 |")
    assert signature_problems(other, digest_of(other), DOCUMENT) == [
        "Nội dung đã ký ghi Mã hồ sơ “000.21.31.H15-261201-0002”, văn bản ghi “000.21.31.H15-261201-0001”."]
