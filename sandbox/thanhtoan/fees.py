"""The sandbox's fee engine (DOMAIN §3.8): what a dossier submitted online owes, from the real record as stored.

The e-form's own total wins where the form computes one (2.000635: 8.000 đ/bản × số bản); otherwise the first
fee item of the record's ONLINE channel (the individual's case), its value kept as stored — 2.001610's 100
stays 100, a "mức cụ thể do HĐND quyết định" 0 means nothing to pay online (Miễn)."""

import json
from functools import cache
from pathlib import Path

from sandbox.dossiers.records import Dossier


@cache
def _online_fees(details_dir: Path, code: str) -> tuple[int, ...]:
    path = details_dir / f"{code}.json"
    if not path.exists():
        return ()
    methods = json.loads(path.read_text(encoding="utf-8"))["data"].get("executionMethods") or []
    online = [m for m in methods if m.get("submissionMethod") == "ONLINE"]
    return tuple(int(fee.get("value") or 0) for fee in (online[0].get("fees") or [])) if online else ()


def online_fee(data_dir: Path, dossier: Dossier) -> int:
    if dossier.form.get("le_phi") is not None:
        return int(dossier.form["le_phi"])
    fees = _online_fees(data_dir / "portal-catalog" / "details", dossier.ma_tthc)
    return fees[0] if fees else 0
