"""What the citizen's page of one dossier shows: its facts and dates, what was declared and attached, the open
supplement request, which actions the citizen may take now, the signed result, and the progress."""


from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.state_machine import Action, Role, allowed_actions
from sandbox.dossiers.statuses import Status
from sandbox.formats import shown

RESULT_STATUSES = frozenset({Status.DA_XU_LY_XONG, Status.DA_TRA_KET_QUA})


def signed_result(dossier: Dossier) -> dict | None:
    """The signed result the citizen may see and download: once the dossier is processed (9) or returned (10)."""
    return dossier.result if dossier.trang_thai in RESULT_STATUSES else None


def open_request(records: DossierRecords, dossier: Dossier) -> dict | None:
    """The supplement request still waiting for the citizen (Mẫu 02), if the dossier is in status 5."""
    if dossier.trang_thai is not Status.YEU_CAU_BO_SUNG:
        return None
    waiting = [row for row in records.supplements(dossier.id) if row["ngay_bo_sung"] is None]
    if not waiting:
        return None
    row = waiting[-1]
    return {"noi_dung": row["noi_dung"], "nguoi_yeu_cau": row["nguoi_yeu_cau"],
            "ngay_yeu_cau": shown(row["ngay_yeu_cau"])}


def dossier_view(records: DossierRecords, dossier: Dossier) -> dict:
    actions = allowed_actions(dossier.trang_thai, Role.CONG_DAN)
    return {
        "ma_ho_so": dossier.ma_ho_so,
        "ten_tthc": dossier.ten_tthc,
        "co_quan": dossier.unit_name,
        "trang_thai": dossier.trang_thai.ten,
        "trich_yeu": dossier.trich_yeu,
        "ngay_nop": shown(dossier.ngay_nop),
        "ngay_tiep_nhan": shown(dossier.ngay_tiep_nhan),
        "ngay_hen_tra": shown(dossier.ngay_hen_tra),
        "ngay_tra": shown(dossier.ngay_tra),
        "noi_dung": dossier.form.get("noi_dung", {}),
        "files": records.files(dossier.id),
        "request": open_request(records, dossier),
        "can_withdraw": Action.WITHDRAW in actions,
        "result": signed_result(dossier),
        "progress": [{"thoi_diem": shown(entry.thoi_diem_xu_ly), "nguoi_xu_ly": entry.nguoi_xu_ly,
                      "chuc_danh": entry.chuc_danh, "noi_dung": entry.noi_dung_xu_ly,
                      "trang_thai": entry.trang_thai.ten} for entry in records.progress(dossier.id)],
    }
