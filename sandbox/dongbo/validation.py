"""What the national side refuses in a synced dossier or progress entry; each problem is one sentence.

Which dates a status requires follows DOMAIN §3.3–3.4: dossiers that can only be in that status after
acceptance (2, 4, 6, 9, 10) carry NgayTiepNhan and NgayHenTra, a refusal (3) carries NgayTuChoi, a returned
result (10) carries NgayTra and its result documents. Statuses 5, 7 and 8 may be reached before acceptance
(a supplement asked for at receiving, a withdrawal, a stop when no supplement came), so they require no
receiving dates.
"""

from sandbox.dongbo.contract import from_contract_date

DOSSIER_REQUIRED = ("MaHoSo", "MaTTHC", "TenTTHC", "KenhThucHien", "ChuHoSo", "NgayNopHoSo", "TrangThaiHoSo")
DOSSIER_DATES = ("NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayTuChoi", "NgayKetThucXuLy")
PROGRESS_REQUIRED = ("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai")
PROGRESS_DATES = ("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh")

_RECEIVED = ("NgayTiepNhan", "NgayHenTra")
REQUIRED_BY_STATUS = {
    2: _RECEIVED, 3: ("NgayTuChoi",), 4: _RECEIVED, 6: _RECEIVED, 9: _RECEIVED,
    10: (*_RECEIVED, "NgayTra", "DanhSachGiayToKetQua"),
}


def _blank(value: object) -> bool:
    return value is None or value == [] or str(value).strip() == ""


def status_code(value: object) -> int | None:
    """TrangThaiHoSo / TrangThai as a number 1–10, whether sent as a number or a string; else None."""
    text = str(value).strip()
    if text.isdigit() and 1 <= int(text) <= 10:
        return int(text)
    return None


def _common_problems(item: dict, required: tuple[str, ...], dates: tuple[str, ...], status_field: str) -> list[str]:
    code = item.get("MaHoSo") or "(không có MaHoSo)"
    problems = []
    if missing := [name for name in required if _blank(item.get(name))]:
        problems.append(f"Thiếu {', '.join(missing)} của hồ sơ {code}.")
    if not _blank(item.get(status_field)) and status_code(item[status_field]) is None:
        problems.append(f"{status_field} của hồ sơ {code} phải là số từ 1 đến 10.")
    for name in dates:
        if not _blank(item.get(name)):
            try:
                from_contract_date(str(item[name]))
            except ValueError:
                problems.append(f"Sai định dạng {name} của hồ sơ {code}: cần yyyyMMddHHmmss.")
    return problems


def dossier_problems(record: dict) -> list[str]:
    problems = _common_problems(record, DOSSIER_REQUIRED, DOSSIER_DATES, "TrangThaiHoSo")
    status = status_code(record.get("TrangThaiHoSo"))
    needed = REQUIRED_BY_STATUS.get(status, ())
    if missing := [name for name in needed if _blank(record.get(name))]:
        problems.append(f"Thiếu {', '.join(missing)} của hồ sơ {record.get('MaHoSo')} "
                        f"(bắt buộc với TrangThaiHoSo {status}).")
    return problems


def progress_problems(entry: dict) -> list[str]:
    return _common_problems(entry, PROGRESS_REQUIRED, PROGRESS_DATES, "TrangThai")
