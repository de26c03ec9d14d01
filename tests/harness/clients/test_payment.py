"""The [thanhtoan] table, masked payment evidence and the receipt reader."""

from pathlib import Path

import pytest
from fpdf import FPDF

from harness.clients.payment_evidence import masked
from harness.clients.payment_receipt import receipt_fields
from harness.clients.payment_settings import payment_settings
from harness.errors import HarnessError
from harness.evidence.redaction import CENSORED, SECRETS

FONT = Path(__file__).resolve().parents[3] / "sandbox" / "data" / "fonts" / "DejaVuSans.ttf"


def test_callback_address_defaults_to_the_portal():
    settings = payment_settings({}, "http://127.0.0.1:8000/")
    assert (settings.secret_env, settings.callback_url) == ("DVCQG_THANHTOAN_SECRET",
                                                            "http://127.0.0.1:8000/DvcPayment/Confirm")


def test_callback_address_from_the_portal_placeholder():
    settings = payment_settings({"callback_url": "{portal}/DvcPayment/Confirm"}, "https://dichvucong.example.vn/")
    assert settings.callback_url == "https://dichvucong.example.vn/DvcPayment/Confirm"


@pytest.mark.parametrize("section", [{"secret_env": "khoa bi mat"}, {"callback_url": "ftp://x"}])
def test_bad_values_say_so_in_one_sentence(section):
    with pytest.raises(HarnessError, match=r"\[thanhtoan\]"):
        payment_settings(section, "http://portal")


def test_secret_only_from_the_environment_and_registered():
    settings = payment_settings({"secret_env": "PAY_SECRET_FOR_TEST"}, "http://portal")
    with pytest.raises(HarnessError, match="PAY_SECRET_FOR_TEST"):
        settings.secret({})
    assert settings.secret({"PAY_SECRET_FOR_TEST": "khoa-rat-bi-mat-123"}) == "khoa-rat-bi-mat-123"
    assert "khoa-rat-bi-mat-123" not in SECRETS.scrub_text("khoa-rat-bi-mat-123")


def test_evidence_masks_the_check_value_and_the_secret():
    SECRETS.register("bi-mat-trong-ban-tin", "test")
    shown = masked({"MaXacThuc": "abc123", "SoTien": "10000", "Ghi": "bi-mat-trong-ban-tin"})
    assert shown == {"MaXacThuc": CENSORED, "SoTien": "10000", "Ghi": CENSORED}


def test_receipt_fields_from_a_pdf():
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for line in ("Số biên lai: BL-2026-000001", "Người nộp: Trần Văn Đức", "Tổng số tiền: 10.000 đồng"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    fields = receipt_fields(bytes(pdf.output()))
    assert (fields["Số biên lai"], fields["Người nộp"], fields["Tổng số tiền"]) == (
        "BL-2026-000001", "Trần Văn Đức", "10.000 đồng")


def test_receipt_that_is_not_a_pdf_is_named():
    with pytest.raises(ValueError, match="không phải là tệp PDF"):
        receipt_fields(b"<html>")
