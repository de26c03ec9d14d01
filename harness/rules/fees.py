"""The fee (phí, lệ phí) a dossier owes, computed by the harness from the real portal's record of the procedure.

The record (`sandbox/data/portal-catalog/details/<code>.json`, a verbatim copy of the real portal's answer) is
read as data: `data.executionMethods[]` per channel (ONLINE, DIRECT, POSTAL), each with `fees[]` of `type`
FEE (lệ phí) / SERVICE_FEE (phí) / PRICE_LEVEL (giá), `value` in đồng and `description` (DOMAIN §3.8).

- A channel's items are charged as the record states them: its oddities are kept, never corrected (2.001610's
  ONLINE value is stored as 100 where the description says 100.000 đồng; "mức cụ thể do HĐND quyết định"
  stands with 0).
- A per-copy fee (2.000635, 8.000 đ/bản) is the item's value times the copies asked for.
- A record with several cases (1.004194: cá nhân, hộ gia đình / theo danh sách / miễn phí) is charged by the case
  whose description starts with the words the scenario names; the first case otherwise.
- An exempt citizen (người có công, hộ nghèo, trẻ em dưới 6 tuổi …) or an online submission that a council
  (HĐND) resolution exempts pays nothing: HinhThucThu "Miễn".
- Thẻ căn cước (2.000200), whose record the catalogue does not hold, by DOMAIN's values [S]: see can_cuoc_fee.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

RECORDS = Path(__file__).resolve().parents[2] / "sandbox" / "data" / "portal-catalog" / "details"
PER_COPY = frozenset({"2.000635"})
THU_TRUOC, MIEN = "Thu trước", "Miễn"
FEE_TYPES = {"FEE": "Lệ phí", "SERVICE_FEE": "Phí", "PRICE_LEVEL": "Giá"}
CAN_CUOC = {"Cấp lần đầu": 0, "Đổi thẻ căn cước công dân sang thẻ căn cước": 30_000, "Cấp đổi": 50_000,
            "Cấp lại": 70_000}
CAN_CUOC_HALF_PRICE = (date(2025, 7, 1), date(2026, 12, 31))


@dataclass(frozen=True)
class FeeItem:
    kind: str
    description: str
    amount: int


@dataclass(frozen=True)
class Fee:
    items: tuple[FeeItem, ...]
    hinh_thuc_thu: str

    @property
    def total(self) -> int:
        return sum(item.amount for item in self.items)


def record(procedure_code: str, records: Path = RECORDS) -> dict:
    return json.loads((records / f"{procedure_code}.json").read_text(encoding="utf-8"))["data"]


def channel_fees(procedure_code: str, channel: str, records: Path = RECORDS) -> list[dict]:
    methods = [m for m in record(procedure_code, records)["executionMethods"] if m["submissionMethod"] == channel]
    if not methods:
        raise ValueError(f"Thủ tục {procedure_code} không có cách thức thực hiện {channel}.")
    return methods[0].get("fees") or []


def _case(fees: list[dict], case: str) -> dict:
    if not case:
        return fees[0]
    for fee in fees:
        if " ".join((fee.get("description") or "").split()).lstrip("- ").startswith(case):
            return fee
    raise ValueError(f"Không có trường hợp thu phí bắt đầu bằng “{case}”.")


def fee_for(procedure_code: str, channel: str = "ONLINE", copies: int = 1, case: str = "", exempt: bool = False,
            online_exempt_by_council: bool = False, records: Path = RECORDS) -> Fee:
    """What the citizen owes for one dossier of the procedure submitted through the channel."""
    fees = channel_fees(procedure_code, channel, records)
    if not fees or exempt or (online_exempt_by_council and channel == "ONLINE"):
        return Fee((), MIEN)
    chosen = _case(fees, case)
    amount = chosen["value"] * (copies if procedure_code in PER_COPY else 1)
    if amount == 0:
        return Fee((), MIEN)
    item = FeeItem(FEE_TYPES.get(chosen["type"], chosen["type"]), " ".join((chosen.get("description") or "").split()),
                   amount)
    return Fee((item,), THU_TRUOC)


def per_page_fee(pages: int, copies: int = 1) -> int:
    """Chứng thực bản sao (2.000815): 2.000 đ/trang for pages 1–2, 1.000 đ/trang from page 3, at most 200.000 đ
    a copy."""
    per_copy = 2_000 * min(pages, 2) + 1_000 * max(pages - 2, 0)
    return min(per_copy, 200_000) * copies


def can_cuoc_fee(case: str, on: date) -> Fee:
    """Lệ phí cấp thẻ căn cước (2.000200) for a dossier of that day: the first issue is free; đổi thẻ căn cước
    công dân sang thẻ căn cước 30.000 đ, cấp đổi 50.000 đ, cấp lại 70.000 đ; half of it from 01/07/2025 to
    31/12/2026, both included."""
    if case not in CAN_CUOC:
        raise ValueError(f"Không có trường hợp cấp thẻ căn cước “{case}”; chọn một trong: {', '.join(CAN_CUOC)}.")
    first, last = CAN_CUOC_HALF_PRICE
    amount = CAN_CUOC[case] // 2 if first <= on <= last else CAN_CUOC[case]
    if amount == 0:
        return Fee((), MIEN)
    return Fee((FeeItem("Lệ phí", f"Lệ phí cấp thẻ căn cước: {case}", amount),), THU_TRUOC)
