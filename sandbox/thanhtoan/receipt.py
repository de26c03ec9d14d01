"""The electronic receipt (biên lai điện tử) GET_BILL returns (DOMAIN §3.7): a PDF with its number, the payer,
the dossier and each fee item with the total, in Vietnamese (DejaVu Sans, shipped in sandbox/data/fonts)."""

from dataclasses import dataclass
from datetime import datetime

from fpdf import FPDF

from sandbox.settings import DATA_DIR

FONTS = DATA_DIR / "fonts"


@dataclass(frozen=True)
class ReceiptItem:
    noi_dung: str
    so_tien: int


@dataclass(frozen=True)
class Receipt:
    so_bien_lai: str
    ma_ho_so: str
    ten_tthc: str
    don_vi_thu: str
    nguoi_nop: str
    items: tuple[ReceiptItem, ...]
    ma_giao_dich: str
    thoi_gian: datetime

    @property
    def tong_tien(self) -> int:
        return sum(item.so_tien for item in self.items)


def vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def receipt_pdf(receipt: Receipt) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"Biên lai điện tử {receipt.so_bien_lai}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    lines = (("Số biên lai", receipt.so_bien_lai), ("Đơn vị thu", receipt.don_vi_thu),
             ("Người nộp", receipt.nguoi_nop), ("Mã hồ sơ", receipt.ma_ho_so), ("Thủ tục", receipt.ten_tthc),
             ("Mã giao dịch", receipt.ma_giao_dich), ("Thời gian", receipt.thoi_gian.strftime("%d/%m/%Y %H:%M:%S")))
    for label, value in lines:
        pdf.multi_cell(0, 5, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for item in receipt.items:
        pdf.multi_cell(0, 5, f"{item.noi_dung}: {vnd(item.so_tien)} đồng", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, f"Tổng số tiền: {vnd(receipt.tong_tien)} đồng", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
