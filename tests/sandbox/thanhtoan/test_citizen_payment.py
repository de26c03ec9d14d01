"""The citizen's happy path on the sandbox: the dossier page offers "Thanh toán trực tuyến" for the record's
online fee (1.004222: 10.000 đồng, Thu trước), the INIT lists its fee items, the payment page confirms, the page
says Đã thanh toán and the receipt is a PDF naming the payer, the items and the amount. A Miễn dossier says why
and offers no payment; a fee asked for while processing is Thu sau."""

import io
import re

from pypdf import PdfReader

from sandbox.thanhtoan.sessions import Sessions
from sandbox.thanhtoan.signing import SECRET_ENV
from tests.sandbox.eforms.support import CITIZEN, context, log_in, running_portal
from tests.sandbox.motcua.support import section, values

WARD_POLICE = "000.21.31.H15"


def dossier(client, status: int = 1, **form: str) -> str:
    made = client.post("/_setup/dossiers", json={"procedure_code": "1.004222", "unit_code": WARD_POLICE,
                                                  "owner": CITIZEN["so_dinh_danh"], "status": status, "form": form})
    assert made.status_code == 201, made.text
    return made.json()["ma_ho_so"]


def test_pay_and_download_the_receipt(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, "bi-mat-cua-tien-trinh")
    with running_portal(tmp_path) as client:
        log_in(client)
        ma_ho_so = dossier(client)
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert values(section(page, "Thanh toán trực tuyến")) == {
            "Số tiền phải nộp": "10.000 đồng", "Hình thức thu": "Thu trước", "Trạng thái thanh toán": "Chưa thanh toán"}
        to_platform = client.post(f"/ho-so/{ma_ho_so}/thanh-toan", follow_redirects=False)
        session = re.search(r"sessionId=([\w-]+)", to_platform.headers["location"]).group(1)
        init = Sessions(context(client).store).get(session)["message"]
        assert (init["SoTien"], init["ThongTinBienLai"]["PhiLePhi"]) == ("10000", [
            {"LoaiPhiLePhi": "Lệ phí", "TenPhiLePhi": "Lệ phí đăng ký thường trú", "SoTien": 10_000}])
        assert "Chờ thanh toán" in client.get(f"/ho-so/{ma_ho_so}").text
        client.post("/thanhtoan/payment/xac-nhan", data={"sessionId": session})
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert "Đã thanh toán" in page and "Tải biên lai" in page
        pdf = client.get(f"/ho-so/{ma_ho_so}/bien-lai")
        text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        assert f"Người nộp: {CITIZEN['ho_va_ten']}" in text and "Tổng số tiền: 10.000 đồng" in text
        assert "Lệ phí đăng ký thường trú: 10.000 đồng" in text
        assert f"Mã hồ sơ: {ma_ho_so}" in text


def test_an_exempt_dossier_says_why_and_offers_no_payment(tmp_path):
    with running_portal(tmp_path) as client:
        log_in(client)
        ma_ho_so = dossier(client, doi_tuong_mien="ho_ngheo")
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert values(section(page, "Phí, lệ phí")) == {"Hình thức thu": "Miễn",
                                                         "Lý do miễn": "Đối tượng miễn: Hộ nghèo"}
        assert 'action="/ho-so/' + ma_ho_so + '/thanh-toan"' not in page
        assert client.post(f"/ho-so/{ma_ho_so}/thanh-toan", follow_redirects=False).status_code == 404


def test_a_fee_asked_for_while_processing_is_collected_later(tmp_path):
    with running_portal(tmp_path) as client:
        log_in(client)
        ma_ho_so = dossier(client, status=6)
        payment = values(section(client.get(f"/ho-so/{ma_ho_so}").text, "Thanh toán trực tuyến"))
        assert (payment["Số tiền phải nộp"], payment["Hình thức thu"]) == ("10.000 đồng", "Thu sau")


def test_a_citizen_the_population_data_lists_as_exempt_owes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(SECRET_ENV, "bi-mat-cua-tien-trinh")
    with running_portal(tmp_path) as client:
        log_in(client)
        group = f"/_setup/citizens/{CITIZEN['so_dinh_danh']}/doi-tuong-mien"
        assert client.put(group, json={"doi_tuong_mien": "ca_si"}).status_code == 422
        assert client.put("/_setup/citizens/001099000001/doi-tuong-mien",
                          json={"doi_tuong_mien": "ho_ngheo"}).status_code == 404
        assert client.put(group, json={"doi_tuong_mien": "ho_ngheo"}).status_code == 200
        made = client.post("/_setup/dossiers", json={"procedure_code": "1.004222", "unit_code": WARD_POLICE,
                                                      "owner": CITIZEN["so_dinh_danh"], "status": 1})
        ma_ho_so = made.json()["ma_ho_so"]
        page = client.get(f"/ho-so/{ma_ho_so}").text
        assert "Đối tượng miễn: Hộ nghèo" in page and "Thanh toán trực tuyến</button>" not in page
        assert client.post(f"/ho-so/{ma_ho_so}/thanh-toan", follow_redirects=False).status_code == 404
        assert client.put(group, json={"doi_tuong_mien": None}).status_code == 200
        assert "10.000 đồng" in client.get(f"/ho-so/{ma_ho_so}").text
