"""The fee of a stored dossier: the engine (fees.py) fed with its procedure's record, its channel (KenhThucHien;
a dossier submitted on the portal is ONLINE), its form fields (and its owner's exempt group, exempt_citizens.py),
the province of the receiving agency and its day of submission, so that a council resolution applies to what was
submitted from its effective date on and the fee of a dossier does not change afterwards."""

import json
from functools import cache
from pathlib import Path

from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.statuses import Status
from sandbox.store import Store
from sandbox.thanhtoan.exempt_citizens import exemption_of
from sandbox.thanhtoan.fees import DossierFee, FeeRequest, dossier_fee

CHANNELS = {1: "DIRECT", 2: "ONLINE", 3: "POSTAL"}


@cache
def procedure_record(details_dir: Path, code: str) -> dict | None:
    path = details_dir / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8"))["data"] if path.exists() else None


def province_of(store: Store, unit_code: str) -> str:
    row = store.one("SELECT province_code FROM units WHERE code = ?", (unit_code,))
    return row["province_code"] if row else ""


def collected_later(records: DossierRecords, dossier: Dossier) -> bool:
    """Whether the dossier went to "Yêu cầu thực hiện nghĩa vụ tài chính": its fee is then Thu sau."""
    seen = {dossier.trang_thai, *(entry.trang_thai for entry in records.progress(dossier.id))}
    return Status.YEU_CAU_NGHIA_VU_TAI_CHINH in seen


def fee_inputs(store: Store, dossier: Dossier) -> dict:
    """The dossier's form, and the owner's exempt group from the population data where the form names none."""
    group = exemption_of(store, dossier.owner_id)
    if dossier.form.get("doi_tuong_mien") or not group:
        return dossier.form
    return {**dossier.form, "doi_tuong_mien": group}


def fee_of(store: Store, data_dir: Path, dossier: Dossier) -> DossierFee:
    request = FeeRequest(dossier.ma_tthc, dossier.ten_tthc, CHANNELS[dossier.kenh_thuc_hien],
                         fee_inputs(store, dossier),
                         province_of(store, dossier.unit_code), (dossier.ngay_nop or dossier.created_at).date(),
                         collected_later(DossierRecords(store), dossier))
    return dossier_fee(procedure_record(data_dir / "portal-catalog" / "details", dossier.ma_tthc), request)
