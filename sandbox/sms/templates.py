"""Which transition sends which Brandname template (DOMAIN §4.2), keyed by the status the dossier enters.

One SMS per notifiable status 1, 2, 3, 5, 9, 10. The registered templates are unaccented ASCII. Transitions
into 4, 6, 7, 8 send none (the state machine marks them `sends_sms=False`). Status 10 uses the counter
template "da tra ket qua"; the BCCI (postal) variant is not modelled.
"""

from datetime import datetime

from sandbox.dossiers.statuses import Status

TEMPLATES: dict[Status, str] = {
    Status.MOI_DANG_KY: "Ho so {ma} da duoc gui!",
    Status.DA_TIEP_NHAN: "Ho so {ma} da duoc tiep nhan. Ngay hen tra: {hen_tra}",
    Status.KHONG_DUOC_TIEP_NHAN: "Ho so {ma} khong du dieu kien giai quyet.",
    Status.YEU_CAU_BO_SUNG: "Ho so {ma} duoc yeu cau bo sung!",
    Status.DA_XU_LY_XONG: "Ho so {ma} da duoc xu ly xong. Moi chu ho so hoac nguoi uy quyen den nhan ket qua!",
    Status.DA_TRA_KET_QUA: "Ho so {ma} da tra ket qua.",
}


def sms_text(status: Status, ma_ho_so: str, ngay_hen_tra: datetime | None) -> str | None:
    template = TEMPLATES.get(status)
    if template is None:
        return None
    hen_tra = ngay_hen_tra.strftime("%d/%m/%Y") if ngay_hen_tra else ""
    return template.format(ma=ma_ho_so, hen_tra=hen_tra)
