"""What the national portal must show of a provincial dossier once the sync is done: the one-stop system's
status, and each of its progress entries with every CapNhatTienDoHoSoMC field a page shows (DOMAIN §3.6: every
transition is pushed, with the same status code, unit and planned end date).

Compared field by field so that a report names what differs, e.g. a province that sends 5, 6 and 8 as 9.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ProgressStep:
    """One progress entry as both sides show it (dd/MM/yyyy HH:mm, names as written)."""

    thoi_diem: str  # ThoiDiemXuLy
    nguoi_xu_ly: str  # NguoiXuLy
    chuc_danh: str  # ChucDanh
    don_vi: str  # PhongBanXuLy
    noi_dung: str  # NoiDungXuLy
    trang_thai: str  # TrangThai
    han_xu_ly: str  # NgayKetThucTheoQuyDinh


@dataclass(frozen=True)
class DossierView:
    trang_thai: str
    steps: tuple[ProgressStep, ...]


FIELD_NAMES = {"thoi_diem": "thời điểm", "nguoi_xu_ly": "người xử lý", "chuc_danh": "chức danh",
               "don_vi": "đơn vị xử lý", "noi_dung": "nội dung", "trang_thai": "trạng thái",
               "han_xu_ly": "hạn xử lý"}


def sync_differences(one_stop: DossierView, national: DossierView) -> list[str]:
    """Every way the national copy differs from the one-stop dossier, one Vietnamese sentence each; [] if none."""
    differences = []
    if one_stop.trang_thai != national.trang_thai:
        differences.append(f"Trạng thái hồ sơ: Một cửa ghi \"{one_stop.trang_thai}\", "
                           f"Cổng DVCQG ghi \"{national.trang_thai}\".")
    if len(one_stop.steps) != len(national.steps):
        differences.append(f"Số bước xử lý: Một cửa có {len(one_stop.steps)}, Cổng DVCQG có {len(national.steps)}.")
    for number, (ours, theirs) in enumerate(zip(one_stop.steps, national.steps, strict=False), start=1):
        for field, name in FIELD_NAMES.items():
            if getattr(ours, field) != getattr(theirs, field):
                differences.append(f"Bước {number}, {name}: Một cửa ghi \"{getattr(ours, field)}\", "
                                   f"Cổng DVCQG ghi \"{getattr(theirs, field)}\".")
    return differences
