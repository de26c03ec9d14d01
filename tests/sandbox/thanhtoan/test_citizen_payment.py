"""The citizen's happy path on the sandbox: the dossier page offers "Thanh toán trực tuyến" for the record's
online fee (1.004222: 10.000 đồng), the payment page confirms, the page says Đã thanh toán and the receipt is a
PDF naming the payer and the amount."""

import io
import re

from pypdf import PdfReader

from sandbox.thanhtoan.signing import SECRET_ENV
from tests.sandbox.eforms.support import CITIZEN, log_in, running_portal

WARD_POLICE = "000.21.31.H15"


def test_pay_and_download_the_receipt(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, "bi-mat-cua-tien-trinh")
    with running_portal(tmp_path) as client:
        log_in(client)
        made = client.post("/_setup/dossiers", json={"procedure_code": "1.004222", "unit_code": WARD_POLICE,
                                                      "owner": CITIZEN["so_dinh_danh"], "status": 1})
        assert made.status_code == 201, made.text
        ma_ho_so = made.json()["ma_ho_so"]
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert "10.000 đồng" in page and "Chưa thanh toán" in page and "Thanh toán trực tuyến" in page
        to_platform = client.post(f"/ho-so/{ma_ho_so}/thanh-toan", follow_redirects=False)
        session = re.search(r"sessionId=([\w-]+)", to_platform.headers["location"]).group(1)
        assert "Chờ thanh toán" in client.get(f"/ho-so/{ma_ho_so}").text
        client.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session})
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert "Đã thanh toán" in page and "Tải biên lai" in page
        pdf = client.get(f"/ho-so/{ma_ho_so}/bien-lai")
        text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        assert f"Người nộp: {CITIZEN['ho_va_ten']}" in text and "Tổng số tiền: 10.000 đồng" in text
        assert f"Mã hồ sơ: {ma_ho_so}" in text
