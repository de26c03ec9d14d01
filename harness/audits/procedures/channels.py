"""Processing times and fees of each submission channel, read from the portal's full record
(`executionMethods`, DOMAIN §1.4, §3.5, §3.8): what is missing or implausible is a problem, what is odd but real is
said as it is.

* A channel is ONLINE, DIRECT or POSTAL ("POST" taken for POSTAL); another value is a problem.
* Its time is a number > 0 with a known unit (WORKING_DAY, DAY, HOUR, MONTH). No time, 0 or less, or no unit is a
  problem. The unit OTHER (the real time is then in the cases' `processingDay`, whatever the number), a fraction
  of a day (6.25, 7.5, 17.5) and a time written as text ("Không quá 15 ngày…") are the catalogue's own ways:
  reported as they are, not as problems.
* Its fees: each a number ≥ 0 (0 is "miễn", often "mức cụ thể do HĐND quyết định"); a fee without a value but
  with its text ("Chi tiết tại biểu phí, lệ phí kèm theo") is reported as it is. A fee with neither, or below 0,
  is a problem; so is one between 1 and 999 đ, which no Vietnamese fee is: it is a value stored in
  thousands, as 2.001610's online fee of `100` where 100.000 đ was meant. A fee in another currency (the USD of
  consular procedures abroad) is shown in it, not weighed in đồng. A channel with no fee item at all is
  said to charge nothing (free procedures list none).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

CHANNELS = {"ONLINE": "Trực tuyến", "DIRECT": "Trực tiếp", "POSTAL": "Dịch vụ bưu chính", "POST": "Dịch vụ bưu chính"}
TIME_UNITS = {"WORKING_DAY": "ngày làm việc", "DAY": "ngày", "HOUR": "giờ", "MONTH": "tháng"}
OTHER_UNIT = "OTHER"
FEE_KINDS = {"FEE": "lệ phí", "SERVICE_FEE": "phí", "PRICE_LEVEL": "giá"}
SMALLEST_FEE = 1000  # đồng: below this (and above 0) a fee was stored in thousands
VND = "Việt Nam Đồng"  # the currency of a fee whose `currencyName` is empty


@dataclass
class ChannelReview:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # odd but real: said as it is
    seen: list[str] = field(default_factory=list)  # what each channel says, for the evidence


def money(value: float) -> str:
    """10000 → "10.000 đ", 0.5 → "0,5 đ"."""
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    if value != whole:
        text += "," + f"{value:.3f}".split(".")[1].rstrip("0")
    return f"{text} đ"


def number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ".").strip())
    except ValueError:
        return None


def _shown(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}".replace(".", ",")


def _case_times(record: Mapping[str, Any]) -> list[str]:
    """"20 DAY" for each case (`cases[].processingDay`) that states a time."""
    days = [case.get("processingDay") or {} for case in record.get("cases") or []]
    return [f"{day['qty']} {day.get('type') or ''}".strip() for day in days if day.get("qty") is not None]


def _time(channel: str, method: Mapping[str, Any], record: Mapping[str, Any], review: ChannelReview) -> str:
    raw, unit = method.get("processingTime"), method.get("processingTimeUnit")
    if raw is None or raw == "":
        review.problems.append(f"{channel}: thiếu thời hạn giải quyết")
        return "không ghi thời hạn"
    amount = number(raw)
    if amount is None:
        review.notes.append(f"{channel}: thời hạn ghi “{raw}”, không phải một con số (ghi như Cổng)")
        return f"“{raw}”"
    if unit == OTHER_UNIT:  # the real time is in the cases (2.000635: 0 OTHER, cases of 1 day, 1 and 15 WD)
        cases = _case_times(record)
        in_cases = f"; theo trường hợp: {', '.join(cases[:5])}" if cases else ""
        review.notes.append(f"{channel}: thời hạn {_shown(amount)} với đơn vị OTHER (khác), ghi như Cổng{in_cases}")
        return f"{_shown(amount)} (đơn vị OTHER)"
    if amount <= 0:
        review.problems.append(f"{channel}: thời hạn giải quyết {_shown(amount)} (phải lớn hơn 0)")
        return f"thời hạn {_shown(amount)}"
    if unit not in TIME_UNITS:
        review.problems.append(f"{channel}: thời hạn {_shown(amount)} " + (
            "không có đơn vị" if not unit else f"có đơn vị “{unit}” không rõ"))
        return f"{_shown(amount)} (không rõ đơn vị)"
    if amount != int(amount):
        review.notes.append(f"{channel}: thời hạn {_shown(amount)} {TIME_UNITS[unit]} (số lẻ, ghi như Cổng)")
    return f"{_shown(amount)} {TIME_UNITS[unit]}"


def _fees(channel: str, fees: Sequence[Mapping[str, Any]], review: ChannelReview) -> str:
    if not fees:
        return "không ghi phí, lệ phí (hiểu là không thu)"
    shown = []
    for fee in fees:
        kind = FEE_KINDS.get(fee.get("type") or "", "phí, lệ phí")
        value = number(fee.get("value"))
        described = " ".join(str(fee.get("description") or "").split())
        if value is None and described:
            review.notes.append(f"{channel}: {kind} không ghi mức thu, ghi “{described[:80]}” (ghi như Cổng)")
            shown.append(f"{kind} theo “{described[:40]}”")
        elif value is None:
            review.problems.append(f"{channel}: {kind} không ghi mức thu")
            shown.append(f"{kind} không ghi mức")
        elif (currency := fee.get("currencyName") or VND) != VND:  # consular fees abroad are in USD
            shown.append(f"{kind} {_shown(value)} {currency}")
        elif value < 0:
            review.problems.append(f"{channel}: {kind} {money(value)} (âm)")
            shown.append(f"{kind} {money(value)}")
        elif 0 < value < SMALLEST_FEE:
            review.problems.append(f"{channel}: {kind} {money(value)} không hợp lý — không có mức thu nào dưới "
                                   f"{money(SMALLEST_FEE)}; có lẽ {money(value * 1000)} bị lưu thành {_shown(value)}")
            shown.append(f"{kind} {money(value)}")
        else:
            shown.append(f"{kind} {money(value)}" if value else f"{kind} miễn (0 đ)")
    return ", ".join(shown)


def review_channels(record: Mapping[str, Any]) -> ChannelReview:
    review = ChannelReview()
    methods = record.get("executionMethods") or []
    if not methods:
        review.problems.append("Cổng không ghi cách thức thực hiện nào (không có thời hạn, phí, lệ phí)")
    for method in methods:
        code = method.get("submissionMethod") or ""
        channel = CHANNELS.get(code)
        if channel is None:
            review.problems.append(f"cách thức thực hiện “{code or '(trống)'}” không rõ (chờ ONLINE, DIRECT, POSTAL)")
            channel = code or "(trống)"
        time_shown = _time(channel, method, record, review)
        review.seen.append(f"{channel}: {time_shown}; {_fees(channel, method.get('fees') or [], review)}")
    return review


def offers_online(record: Mapping[str, Any]) -> bool:
    """False when the record says offline only, or lists no ONLINE channel (2.000986): nothing to submit online."""
    methods = record.get("executionMethods") or []
    return not record.get("isOfflineOnly") and any(m.get("submissionMethod") == "ONLINE" for m in methods)
