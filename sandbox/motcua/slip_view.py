"""The official slips (TT 03/2025/TT-VPCP, DOMAIN §3.2) and the result document as label/value rows, read
from what the dossier service recorded when it issued them."""

from sandbox.dossiers.records import Dossier, IssuedSlip
from sandbox.formats import shown

Rows = list[tuple[str, str | list[str]]]


def slip_title(slip: IssuedSlip) -> str:
    return f"Mẫu số {slip.mau} — {slip.content.get('ten', '')}"


def slip_rows(slip: IssuedSlip) -> Rows:
    content = slip.content
    rows: Rows = [("Mã hồ sơ", content.get("ma_ho_so", "")), ("Chủ hồ sơ", content.get("chu_ho_so", "")),
                  ("Thủ tục", content.get("ten_tthc", "")), ("Cơ quan tiếp nhận", content.get("co_quan", ""))]
    match slip.mau:
        case "01":
            rows += [("Ngày tiếp nhận", shown(content.get("ngay_tiep_nhan"))),
                     ("Ngày hẹn trả kết quả", shown(content.get("ngay_hen_tra"))),
                     ("Thành phần hồ sơ", list(content.get("thanh_phan", []))),
                     ("Cán bộ tiếp nhận", content.get("can_bo", ""))]
        case "02":
            rows += [("Ngày yêu cầu", shown(content.get("ngay_yeu_cau") or slip.issued_at)),
                     ("Nội dung yêu cầu bổ sung", content.get("noi_dung", "")),
                     ("Cán bộ yêu cầu", content.get("can_bo", ""))]
        case "03":
            rows += [("Ngày từ chối", shown(slip.issued_at)), ("Lý do từ chối", content.get("ly_do", "")),
                     ("Cán bộ tiếp nhận", content.get("can_bo", ""))]
        case "05":
            rows += [("Ngày dừng xử lý", shown(slip.issued_at)), ("Lý do dừng", content.get("ly_do", "")),
                     ("Người ký", content.get("can_bo", ""))]
    return rows


def result_rows(dossier: Dossier, result: dict) -> tuple[Rows, Rows]:
    """(the document's own facts, its digital signature)."""
    document: Rows = [("Số", result.get("so_van_ban", "")), ("Mã kết quả", result.get("ma_ket_qua") or "Không có"),
                      ("Mã hồ sơ", dossier.ma_ho_so or ""), ("Tên thủ tục", dossier.ten_tthc),
                      ("Chủ hồ sơ", dossier.chu_ho_so), ("Cơ quan ban hành", result.get("co_quan", "")),
                      ("Nội dung đã ký", result.get("noi_dung_ky", ""))]
    signature: Rows = [("Người ký", result.get("nguoi_ky", "")), ("Chức vụ", result.get("chuc_vu", "")),
                       ("Chứng thư số", result.get("chung_thu", "")),
                       ("Số hiệu chứng thư", result.get("so_hieu_chung_thu", "")),
                       ("Thời điểm ký", shown(result.get("thoi_diem_ky"))),
                       ("Thuật toán", result.get("thuat_toan", "")), ("Mã băm (SHA-256)", result.get("ma_bam", ""))]
    return document, signature
