"""The sandbox's fee engine (DOMAIN §3.8): what one dossier owes, as fee items with their HinhThucThu.

A pure function of the procedure's real record (`portal-catalog/details/<code>.json`, its `data`), the channel,
the dossier's form fields, the province of the receiving agency and the day of submission:

- The channel's `fees[]` are read as stored: type FEE → "Lệ phí", SERVICE_FEE → "Phí", PRICE_LEVEL → "Giá", the
  value in đồng. The record's oddities are kept, never corrected: 2.001610's ONLINE value is stored as 100 where
  its description says 100.000 đồng, and stays 100; a "mức cụ thể do HĐND quyết định" 0 stands as 0.
- Items of one type are alternative cases (1.004194: cá nhân, hộ gia đình / theo danh sách / miễn phí); items of
  different types are charged together (lệ phí and phí thẩm định). `truong_hop` picks, in each type, the item
  whose description starts with these words; the first item of each type otherwise.
- Per copy (2.000635): the record's value × `so_ban`. Per page (2.000815, whose record the catalogue does not
  hold; rates [S]): 2.000 đ/trang for pages 1–2, 1.000 đ/trang from page 3, at most 200.000 đ a copy, × `so_ban`.
- Miễn: a subject exempt by law (`doi_tuong_mien`, one of EXEMPT_SUBJECTS; the sandbox applies it to every
  procedure), an online submission a council resolution exempts (council_resolutions.py), or nothing above 0 to
  pay (the reason is then the record's own description, as the portal shows it).
- Thu sau, the sandbox's rule: a fee the officer asked for while processing, the dossier having gone to
  "Yêu cầu thực hiện nghĩa vụ tài chính" (status 6), is collected after submission, before the result is handed
  over (no record in the catalogue says its fee is collected on receiving the result). Thu trước otherwise.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sandbox.thanhtoan.council_resolutions import online_exemption

THU_TRUOC, THU_SAU, MIEN = "Thu trước", "Thu sau", "Miễn"
FEE_TYPES = {"FEE": "Lệ phí", "SERVICE_FEE": "Phí", "PRICE_LEVEL": "Giá"}
EXEMPT_SUBJECTS = {
    "nguoi_co_cong": "Người có công với cách mạng",
    "ho_ngheo": "Hộ nghèo",
    "tre_em_duoi_6_tuoi": "Trẻ em dưới 6 tuổi",
}
PER_COPY = frozenset({"2.000635"})
PER_PAGE = frozenset({"2.000815"})
NO_FEE = "Thủ tục không quy định phí, lệ phí"


@dataclass(frozen=True)
class FeeItem:
    loai: str
    ten: str
    so_tien: int
    mo_ta: str = ""


@dataclass(frozen=True)
class DossierFee:
    items: tuple[FeeItem, ...]
    hinh_thuc_thu: str
    ly_do_mien: str = ""

    @property
    def total(self) -> int:
        return sum(item.so_tien for item in self.items)


@dataclass(frozen=True)
class FeeRequest:
    """What the engine needs to know of one dossier."""

    procedure_code: str
    procedure_name: str
    channel: str
    form: Mapping
    province_code: str
    submitted_on: date
    collected_later: bool = False


def exempt(reason: str) -> DossierFee:
    return DossierFee((), MIEN, reason)


def dossier_fee(record: dict | None, request: FeeRequest) -> DossierFee:
    subject = request.form.get("doi_tuong_mien")
    if subject:
        return exempt(f"Đối tượng miễn: {subject_label(subject)}")
    if request.channel == "ONLINE" and (
            council := online_exemption(request.province_code, request.procedure_code, request.submitted_on)):
        return exempt(council)
    items = charged_items(record, request)
    if not any(item.so_tien for item in items):
        return exempt(next((item.mo_ta for item in items if item.mo_ta), NO_FEE))
    return DossierFee(tuple(item for item in items if item.so_tien),
                      THU_SAU if request.collected_later else THU_TRUOC)


def subject_label(key: str) -> str:
    if key not in EXEMPT_SUBJECTS:
        raise ValueError(f"Không có đối tượng miễn “{key}”; chọn một trong: {', '.join(EXEMPT_SUBJECTS)}.")
    return EXEMPT_SUBJECTS[key]


def charged_items(record: dict | None, request: FeeRequest) -> list[FeeItem]:
    copies = _count(request.form, "so_ban")
    if request.procedure_code in PER_PAGE:
        return [FeeItem("Phí", f"Phí {_in_sentence(request.procedure_name)}",
                        per_page_fee(_count(request.form, "so_trang")) * copies)]
    fees = chosen_case(channel_fees(record, request.channel), str(request.form.get("truong_hop") or ""))
    name = _in_sentence((record or {}).get("name") or request.procedure_name)
    multiplier = copies if request.procedure_code in PER_COPY else 1
    return [_item(fee, name, multiplier) for fee in fees]


def _item(fee: dict, procedure_name: str, multiplier: int) -> FeeItem:
    loai = FEE_TYPES[fee["type"]]
    return FeeItem(loai, f"{loai} {procedure_name}", int(fee.get("value") or 0) * multiplier,
                   _plain(fee.get("description")))


def channel_fees(record: dict | None, channel: str) -> list[dict]:
    methods = [m for m in (record or {}).get("executionMethods") or [] if m.get("submissionMethod") == channel]
    return (methods[0].get("fees") or []) if methods else []


def chosen_case(fees: list[dict], case: str) -> list[dict]:
    """One item per fee type: the one whose description starts with `case`, or the type's first."""
    matching = [fee for fee in fees if case and _plain(fee.get("description")).lstrip("- ").startswith(case)]
    if case and not matching:
        raise ValueError(f"Không có trường hợp thu phí bắt đầu bằng “{case}”.")
    by_type: dict[str, dict] = {}
    for fee in matching + fees:
        by_type.setdefault(fee.get("type") or "", fee)
    return list(by_type.values())


def per_page_fee(pages: int) -> int:
    """One copy of 2.000815 (chứng thực bản sao từ bản chính)."""
    return min(2_000 * min(pages, 2) + 1_000 * max(pages - 2, 0), 200_000)


def _plain(text: str | None) -> str:
    return " ".join((text or "").split())


def _in_sentence(name: str) -> str:
    return name[:1].lower() + name[1:]


def _count(form: Mapping, key: str) -> int:
    return int(form.get(key) or 1)
