"""What the officer's page of one dossier shows: its facts and dates, the e-form answers, the files, the slips
issued, the signed result, the progress (every CapNhatTienDoHoSoMC field) and the officer's action buttons."""

from pathlib import Path

from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.statuses import Status
from sandbox.formats import shown, vnd
from sandbox.identity.accounts import Officer
from sandbox.motcua.actions import BY_ACTION, OfficerAction
from sandbox.motcua.formatting import dossier_address
from sandbox.motcua.scope import offered_actions
from sandbox.motcua.slip_view import slip_title
from sandbox.thanhtoan.dossier_fee import fee_of
from sandbox.thanhtoan.fees import DossierFee

NOTHING = "Chưa có"
CHANNELS = {1: "Trực tiếp", 2: "Trực tuyến", 3: "Bưu chính công ích"}
RESULT_STATUSES = frozenset({Status.DA_XU_LY_XONG, Status.DA_TRA_KET_QUA})
# Keys of the e-form content that are not answers: the form's title.
FORM_META = frozenset({"bieu_mau"})


def facts(dossier: Dossier, fee: DossierFee) -> list[tuple[str, str]]:
    rows = [("Mã hồ sơ", dossier.ma_ho_so or "")]
    if dossier.ma_ho_so_khac:  # a dossier migrated from the old portal: its old code, its owner's document
        rows += [("Mã hồ sơ khác", dossier.ma_ho_so_khac), ("Số giấy tờ chủ hồ sơ", dossier.owner_id)]
    rows += [
        ("Tên thủ tục", dossier.ten_tthc),
        ("Mã thủ tục", dossier.ma_tthc),
        ("Chủ hồ sơ", dossier.chu_ho_so),
        ("Số điện thoại", dossier.so_dien_thoai or NOTHING),
        ("Email", dossier.email or NOTHING),
        ("Địa chỉ", dossier.dia_chi or NOTHING),
        ("Cơ quan tiếp nhận", dossier.unit_name),
        ("Kênh nộp", CHANNELS.get(dossier.kenh_thuc_hien, "")),
        ("Trạng thái", dossier.trang_thai.ten if dossier.trang_thai else NOTHING),
        ("Trích yếu", dossier.trich_yeu),
        ("Ngày nộp", shown(dossier.ngay_nop) or NOTHING),
        ("Ngày tiếp nhận", shown(dossier.ngay_tiep_nhan) or NOTHING),
        ("Ngày hẹn trả", shown(dossier.ngay_hen_tra) or NOTHING),
        ("Ngày trả kết quả", shown(dossier.ngay_tra) or NOTHING),
    ]
    if dossier.ngay_tu_choi:
        rows.append(("Ngày từ chối", shown(dossier.ngay_tu_choi)))
    if fee.total:
        rows.append(("Lệ phí", f"{vnd(fee.total)} đồng"))
    rows.append(("Hình thức thu", fee.hinh_thuc_thu))
    if fee.ly_do_mien:
        rows.append(("Lý do miễn", fee.ly_do_mien))
    return rows


def form_sections(form: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """The e-form answers by group, as the portal stored them (`noi_dung`: group → label → answer as read);
    a form given another way (the setup API) shows its plain values under one group."""
    groups = form.get("noi_dung")
    if isinstance(groups, dict) and all(isinstance(answers, dict) for answers in groups.values()):
        return [(title, [(label, str(value)) for label, value in answers.items()])
                for title, answers in groups.items() if answers]
    plain = [(key, str(value)) for key, value in form.items()
             if key not in FORM_META and not isinstance(value, dict | list)]
    return [(form.get("bieu_mau") or "Tờ khai", plain)] if plain else []


def issued_slips(records: DossierRecords, dossier: Dossier) -> list[dict]:
    seen: dict[str, int] = {}
    slips = []
    for slip in records.slips(dossier.id):
        seen[slip.mau] = seen.get(slip.mau, 0) + 1
        slips.append({"name": slip_title(slip), "issued_at": shown(slip.issued_at),
                      "href": f"{dossier_address(dossier.ma_ho_so)}/phieu/{slip.mau}?lan={seen[slip.mau]}"})
    return slips


def signature_line(result: dict) -> str:
    return f"Đã ký số bởi {result.get('nguoi_ky', '')} lúc {shown(result.get('thoi_diem_ky'))}"


def result_of(dossier: Dossier) -> dict | None:
    """The signed result of a dossier whose processing is done; refused or withdrawn dossiers have none."""
    if dossier.result is None or dossier.trang_thai not in RESULT_STATUSES:
        return None
    return dossier.result


def progress(records: DossierRecords, dossier: Dossier) -> list[dict]:
    return [{"thoi_diem": shown(entry.thoi_diem_xu_ly), "nguoi_xu_ly": entry.nguoi_xu_ly,
             "chuc_danh": entry.chuc_danh, "don_vi": entry.phong_ban_xu_ly, "noi_dung": entry.noi_dung_xu_ly,
             "trang_thai": entry.trang_thai.ten, "han_xu_ly": shown(entry.ngay_ket_thuc_theo_quy_dinh)}
            for entry in records.progress(dossier.id)]


def buttons(officer: Officer, dossier: Dossier) -> list[OfficerAction]:
    return [BY_ACTION[action] for action in offered_actions(officer, dossier.trang_thai) if action in BY_ACTION]


def dossier_view(records: DossierRecords, dossier: Dossier, officer: Officer, data_dir: Path) -> dict:
    result = result_of(dossier)
    return {
        "ma_ho_so": dossier.ma_ho_so,
        "address": dossier_address(dossier.ma_ho_so),
        "facts": facts(dossier, fee_of(records.store, data_dir, dossier)),
        "form": form_sections(dossier.form),
        "files": records.files(dossier.id),
        "slips": issued_slips(records, dossier),
        "result": result,
        "signature_line": signature_line(result) if result else "",
        "progress": progress(records, dossier),
        "buttons": buttons(officer, dossier),
    }
