"""The portal's side of paying a dossier (the citizen's own dossier page, /ho-so/{mã hồ sơ}):

- "Thanh toán trực tuyến" sends the platform a signed INIT for the dossier's fee (fees.py): SoTien its total,
  ThongTinBienLai.PhiLePhi one entry per fee item, with a new MaThamChieu, and takes the citizen to the
  UrlThanhToan it answers; a Miễn dossier has nothing to pay;
- "Tải biên lai" (GET_BILL) gives the electronic receipt of a paid request as a PDF, listing the same items."""

import json
import secrets

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx
from sandbox.portal.own_dossier import OwnedDossier
from sandbox.portal.rendering import not_found
from sandbox.thanhtoan.dossier_fee import fee_of
from sandbox.thanhtoan.fees import DossierFee
from sandbox.thanhtoan.messages import init_message
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thanhtoan.platform_routes import accept_init
from sandbox.thanhtoan.platform_secret import secret_of
from sandbox.thanhtoan.receipt import Receipt, ReceiptItem, receipt_pdf
from sandbox.thanhtoan.states import PaymentRefused, PaymentState

router = APIRouter(include_in_schema=False)


def fee_entries(fee: DossierFee) -> list[dict]:
    return [{"LoaiPhiLePhi": item.loai, "TenPhiLePhi": item.ten, "SoTien": item.so_tien} for item in fee.items]


def receipt_items(fee: DossierFee) -> tuple[ReceiptItem, ...]:
    return tuple(ReceiptItem(item.ten, item.so_tien) for item in fee.items)


@router.post("/ho-so/{ma_ho_so}/thanh-toan")
def pay(own: OwnedDossier, request: Request, ctx: Ctx) -> Response:
    dossier = own.dossier
    ma_ho_so = dossier.ma_ho_so
    fee = fee_of(ctx.store, ctx.settings.data_dir, dossier)
    amount = fee.total
    if amount <= 0:
        return not_found(request, "khoản phí cần thanh toán")
    now = ctx.clock.now()
    reference = f"{now:%Y%m%d%H%M%S}{secrets.randbelow(10**6):06d}"
    try:
        PaymentRequests(ctx.store).open(reference, ma_ho_so, amount, now.isoformat())
    except PaymentRefused:
        return RedirectResponse(f"/ho-so/{ma_ho_so}", status_code=303)
    bien_lai = {"MaDichVu": "2", "MaTTHC": dossier.ma_tthc, "TenTTHC": dossier.ten_tthc, "MaHoSo": ma_ho_so,
                "MaDonVi": dossier.unit_code, "TenDonVi": dossier.unit_name, "HoTenNguoiNop": dossier.chu_ho_so,
                "PhiLePhi": fee_entries(fee)}
    message = {**init_message(reference, ma_ho_so, amount, now, request.client.host if request.client else "",
                              secret_of(ctx), bien_lai), "UrlTraVe": f"{request.base_url}ho-so/{ma_ho_so}"}
    status, answer = accept_init(ctx, message, str(request.base_url))
    if status != 200:
        PaymentRequests(ctx.store).cancel(reference)
        return RedirectResponse(f"/ho-so/{ma_ho_so}", status_code=303)
    return RedirectResponse(json.loads(answer["message"])["UrlThanhToan"], status_code=303)


@router.get("/ho-so/{ma_ho_so}/bien-lai")
def receipt(own: OwnedDossier, request: Request, ctx: Ctx) -> Response:
    dossier = own.dossier
    ma_ho_so = dossier.ma_ho_so
    paid = PaymentRequests(ctx.store).latest(ma_ho_so)
    if paid is None or paid.trang_thai is not PaymentState.DA_THANH_TOAN:
        return not_found(request, "biên lai của hồ sơ")
    pdf = receipt_pdf(Receipt(paid.so_bien_lai, ma_ho_so, dossier.ten_tthc, dossier.unit_name, dossier.chu_ho_so,
                              receipt_items(fee_of(ctx.store, ctx.settings.data_dir, dossier)),
                              paid.ma_giao_dich, paid.paid_at))
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="bien-lai-{ma_ho_so}.pdf"'})
