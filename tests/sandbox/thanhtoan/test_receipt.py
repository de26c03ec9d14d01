"""The receipt is a real PDF whose text a reader finds: number, payer, fee items and total, in Vietnamese."""

import io
from datetime import datetime

from pypdf import PdfReader

from sandbox.thanhtoan.receipt import Receipt, ReceiptItem, receipt_pdf


def test_receipt_reads_back_number_payer_items_and_total():
    receipt = Receipt("BL-2026-000001", "000.21.31.H15-261202-0001", "Đăng ký thường trú",
                      "Công an Phường Tuy Hòa", "Nguyễn Thị Hồng Nhung",
                      (ReceiptItem("Lệ phí đăng ký thường trú", 10_000),), "GD0001", datetime(2026, 12, 2, 15, 0))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(receipt_pdf(receipt))).pages)
    for expected in ("Số biên lai: BL-2026-000001", "Người nộp: Nguyễn Thị Hồng Nhung",
                     "Mã hồ sơ: 000.21.31.H15-261202-0001", "Lệ phí đăng ký thường trú: 10.000 đồng",
                     "Tổng số tiền: 10.000 đồng"):
        assert expected in text
