"""A provincial dossier change as national sync messages: the whole dossier record, then its new progress entry.

Choices where DOMAIN §3.6 is silent:
- codes (TrangThaiHoSo, KenhThucHien, LoaiDoiTuong, TrangThai) travel as digit strings, like isUpdating;
- the sandbox's VNeID has no TechID apart from the số định danh, so MaDoiTuong carries the submitting
  account's số định danh, and SoGiayToChuHoSo the same number (the owner submits for themself);
- NgayBoSung is the day the supplement was asked for, NgayTiepNhanBoSung the day it came in; its files are
  those uploaded in that round;
- a progress entry's NgayBatDau is its ThoiDiemXuLy: a step starts when the transition happens;
- LoaiDoiTuong is 1 (công dân): every owner in the sandbox is a citizen.
"""

from datetime import datetime

from sandbox.dongbo.contract import PUSH_PROGRESS, SYNC_DOSSIERS, to_contract_date
from sandbox.dossiers.records import Dossier, DossierFile, DossierRecords, ProgressEntry
from sandbox.dossiers.service import DossierChanged
from sandbox.dossiers.statuses import Status

# DOMAIN §3.3: one provincial implementation pushes these as 9 (the dongbo.gop_trang_thai fault).
MERGED_INTO_DONE = frozenset({Status.YEU_CAU_BO_SUNG, Status.YEU_CAU_NGHIA_VU_TAI_CHINH, Status.DUNG_XU_LY})
SUPPLEMENT_TO_CITIZEN = "Yêu cầu công dân bổ sung"


def reported_status(status: Status, merge_statuses: bool) -> Status:
    return Status.DA_XU_LY_XONG if merge_statuses and status in MERGED_INTO_DONE else status


def sync_messages(change: DossierChanged, records: DossierRecords, merge_statuses: bool) -> list[tuple[str, dict]]:
    """(service, parameters) to send, in order: the first change of a dossier inserts it, later ones update."""
    dossier = change.dossier
    record = dossier_record(dossier, records, reported_status(dossier.trang_thai, merge_statuses))
    entry = progress_item(dossier.ma_ho_so, change.progress,
                          reported_status(change.progress.trang_thai, merge_statuses))
    inserting = change.previous_status is None
    return [
        (SYNC_DOSSIERS, {"isUpdating": "False" if inserting else "True", "data": [record]}),
        (PUSH_PROGRESS, {"data": [entry]}),
    ]


def dossier_record(dossier: Dossier, records: DossierRecords, status: Status) -> dict:
    files = records.files(dossier.id)
    return {
        "MaHoSo": dossier.ma_ho_so,
        "MaTTHC": dossier.ma_tthc,
        "TenTTHC": dossier.ten_tthc,
        "KenhThucHien": str(dossier.kenh_thuc_hien),
        "ChuHoSo": dossier.chu_ho_so,
        "LoaiDoiTuong": "1",
        "MaDoiTuong": dossier.owner_id,
        "SoGiayToChuHoSo": dossier.owner_id,
        "SoDienThoai": dossier.so_dien_thoai or "",
        "Email": dossier.email or "",
        "TrichYeuHoSo": dossier.trich_yeu,
        "NgayNopHoSo": to_contract_date(dossier.ngay_nop),
        "NgayTiepNhan": to_contract_date(dossier.ngay_tiep_nhan),
        "NgayHenTra": to_contract_date(dossier.ngay_hen_tra),
        "NgayTra": to_contract_date(dossier.ngay_tra),
        "NgayTuChoi": to_contract_date(dossier.ngay_tu_choi),
        "NgayKetThucXuLy": to_contract_date(dossier.ngay_ket_thuc_xu_ly),
        "TrangThaiHoSo": str(int(status)),
        "DonViXuLy": dossier.unit_name,
        "TaiLieuNop": [_file_item(f) for f in files if f.supplement_round == 0],
        "DanhSachHoSoBoSung": [_supplement_item(number, row, files)
                               for number, row in enumerate(records.supplements(dossier.id), start=1)],
        "DanhSachGiayToKetQua": [{"TenGiayTo": dossier.result.get("ten_giay_to", "")}] if dossier.result else [],
    }


def progress_item(ma_ho_so: str, entry: ProgressEntry, status: Status) -> dict:
    at = to_contract_date(entry.thoi_diem_xu_ly)
    return {
        "MaHoSo": ma_ho_so,
        "NguoiXuLy": entry.nguoi_xu_ly,
        "ChucDanh": entry.chuc_danh,
        "ThoiDiemXuLy": at,
        "PhongBanXuLy": entry.phong_ban_xu_ly,
        "NoiDungXuLy": entry.noi_dung_xu_ly,
        "TrangThai": str(int(status)),
        "NgayBatDau": at,
        "NgayKetThucTheoQuyDinh": to_contract_date(entry.ngay_ket_thuc_theo_quy_dinh),
    }


def _file_item(file: DossierFile) -> dict:
    return {"TepDinhKemId": str(file.id), "TenTepDinhKem": file.file_name, "IsDeleted": False,
            "MaThanhPhanHoSo": file.ma_thanh_phan}


def _supplement_item(number: int, row: dict, files: list[DossierFile]) -> dict:
    return {
        "HoSoBoSungId": str(row["id"]),
        "NguoiYeuCauBoSung": row["nguoi_yeu_cau"],
        "NoiDungBoSung": row["noi_dung"],
        "NgayBoSung": _contract_date(row["ngay_yeu_cau"]),
        "NgayTiepNhanBoSung": _contract_date(row["ngay_bo_sung"]),
        "TrangThaiBoSung": SUPPLEMENT_TO_CITIZEN,
        "DanhSachGiayToBoSung": [_file_item(f) for f in files if f.supplement_round == number],
        "NgayHenTraTruoc": _contract_date(row["ngay_hen_tra_truoc"]),
        "NgayHenTraMoi": _contract_date(row["ngay_hen_tra_moi"]),
    }


def _contract_date(iso: str | None) -> str:
    return to_contract_date(datetime.fromisoformat(iso) if iso else None)
