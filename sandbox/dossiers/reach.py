"""Which dossiers an officer may reach: those of their unit and, when they are limited to some procedures, of
those procedures. One rule, used both to act (DossierService) and to view (the back office)."""

from sandbox.dossiers.records import Dossier

OTHER_UNIT = "Hồ sơ không thuộc đơn vị của bạn: bạn không có quyền xử lý hồ sơ này."
NOT_ASSIGNED = "Bạn không được phân công thủ tục của hồ sơ này."


def officer_refusal(dossier: Dossier, unit_code: str | None, procedures: frozenset[str] | None) -> str | None:
    """Why an officer of `unit_code` limited to `procedures` (None: all) may not reach the dossier, or None."""
    if dossier.unit_code != unit_code:
        return OTHER_UNIT
    if procedures is not None and dossier.ma_tthc not in procedures:
        return NOT_ASSIGNED
    return None
