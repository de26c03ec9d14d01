"""The emulated signature carries what it signed, so a verifier can recompute its digest."""

import hashlib
from datetime import datetime

from sandbox.clock import VIETNAM
from sandbox.dossiers.signing import sign_result, signed_content
from sandbox.faults import FaultSwitches

SIGNED_AT = datetime(2026, 11, 9, 9, 0, 7, 123456, tzinfo=VIETNAM)


def signed(**changes: str) -> dict:
    details = {"ma_ho_so": "000.21.31.H15-261109-0001", "ten_giay_to": "Xác nhận  đăng ký tạm trú", "ma_ket_qua": "",
               "signer": "Nguyễn Văn Hùng", "signer_title": "Lãnh đạo đơn vị", "unit_name": "Công an Phường Tuy Hòa",
               "province": "Tỉnh Đắk Lắk"}
    return sign_result(FaultSwitches(), **{**details, **changes}, now=SIGNED_AT)


def test_the_digest_is_the_sha256_of_the_signed_content_the_document_carries() -> None:
    result = signed()
    assert result["ma_bam"] == hashlib.sha256(result["noi_dung_ky"].encode("utf-8")).hexdigest()


def test_the_signed_content_names_the_document_its_signer_and_the_second_it_was_signed() -> None:
    assert signed()["noi_dung_ky"] == (
        "Mã hồ sơ: 000.21.31.H15-261109-0001 | Tên giấy tờ: Xác nhận đăng ký tạm trú | Số: 0001/KQ-2026 | "
        "Người ký: Nguyễn Văn Hùng | Chứng thư số: CN=Nguyễn Văn Hùng, O=Công an Phường Tuy Hòa, L=Tỉnh Đắk Lắk, "
        "C=VN | Thời điểm ký: 09/11/2026 09:00:07")


def test_another_dossier_gets_another_digest() -> None:
    assert signed()["ma_bam"] != signed(ma_ho_so="000.21.31.H15-261109-0002")["ma_bam"]


def test_spaces_are_written_as_a_page_shows_them() -> None:
    assert signed_content({"Tên giấy tờ": " Xác  nhận\n tạm trú "}) == "Tên giấy tờ: Xác nhận tạm trú"
