"""One row of the export against the new one-stop system: present under its legacy code, once, with the same status
and dates, not pushed to the national portal, its address written in the 2025 units. The system is read through
`NewSystem` (flows/migrated_dossiers.py on the browser), so the rules here are tested without one.

Verdicts, the most serious first when a row has several problems (the detail names them all):
`không có trên hệ thống mới`, `bị trùng`, `đã bị đẩy lên Cổng DVCQG`, `sai trạng thái`, `sai ngày`, then the two
that need nothing mended: `khớp, cảnh báo địa chỉ cũ` and `khớp`. A row that cannot be read as written is
`dữ liệu đầu vào lỗi` (the framework's), before the system is asked anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from harness.audits.definition import AuditDefinition, input_problem
from harness.audits.findings import Finding
from harness.audits.migration.inputs import NAMES, Moment, legacy_code_problem, read_moment, read_shown, read_status
from harness.audits.migration.old_addresses import old_address_warnings
from harness.audits.table_input import Row
from harness.rules.statuses import STATUS_CODES, known_status

LEGACY_CODE, OWNER, PROCEDURE = "Mã hồ sơ cũ", "Chủ hồ sơ", "Mã TTHC"
RECEIVED, DUE, STATUS, ADDRESS = "Ngày tiếp nhận", "Ngày hẹn trả", "Trạng thái", "Địa chỉ"

MATCHES = "khớp"
MATCHES_OLD_ADDRESS = "khớp, cảnh báo địa chỉ cũ"
MISSING = "không có trên hệ thống mới"
DUPLICATED = "bị trùng"
PUSHED = "đã bị đẩy lên Cổng DVCQG"
WRONG_STATUS = "sai trạng thái"
WRONG_DATE = "sai ngày"

DEFINITION = AuditDefinition(
    name="chuyen_doi_ho_so",
    title="Rà soát hồ sơ chuyển đổi",
    columns=(LEGACY_CODE, OWNER, PROCEDURE, RECEIVED, DUE, STATUS),
    key=(LEGACY_CODE,),
    ok_verdicts=frozenset({MATCHES, MATCHES_OLD_ADDRESS}),
    optional_columns=(ADDRESS,),
)
NOTHING = "Chưa có"  # what the one-stop system shows for an empty fact


@dataclass(frozen=True)
class NationalAnswer:
    """What the national portal's "Tra cứu hồ sơ" said of a new code: `found`, or None when it could not be asked
    (then `why`)."""

    found: bool | None
    why: str = ""


class NewSystem(Protocol):
    def codes_for(self, legacy_code: str) -> list[str]:
        """The new system's Mã hồ sơ of every dossier it holds under this legacy code (Mã hồ sơ khác or Mã hồ sơ)."""
        ...

    def facts(self, ma_ho_so: str) -> dict[str, str]:
        """The dossier's facts as the officer's page shows them, by label."""
        ...

    def on_national_portal(self, ma_ho_so: str, so_giay_to: str) -> NationalAnswer: ...


@dataclass(frozen=True)
class Expected:
    """What the export says of a dossier; None for a column the file does not have (the reader named it), which is
    then not compared."""

    legacy_code: str
    status: int | None
    received: Moment | None
    due: Moment | None
    address: str

    def not_compared(self) -> list[str]:
        return [f"không so {column.lower()}: tệp không có cột này"
                for column, value in ((STATUS, self.status), (RECEIVED, self.received), (DUE, self.due))
                if value is None]


def read_row(row: Row, file: Path) -> Expected | Finding:
    values = row.values
    key = values.get(LEGACY_CODE, "")
    if problem := legacy_code_problem(key):
        return input_problem(file, row, LEGACY_CODE, problem, key)
    try:
        status = read_status(values[STATUS]) if STATUS in values else None
    except ValueError as error:
        return input_problem(file, row, STATUS, str(error), key)
    moments: dict[str, Moment | None] = {}
    for column in (RECEIVED, DUE):
        try:
            moments[column] = read_moment(values[column], column) if column in values else None
        except ValueError as error:
            return input_problem(file, row, column, str(error), key)
    return Expected(key, status, moments[RECEIVED], moments[DUE], values.get(ADDRESS, ""))


def _date_problems(expected: Expected, facts: dict[str, str]) -> list[str]:
    problems = []
    for label, wanted in ((RECEIVED, expected.received), (DUE, expected.due)):
        if wanted is None:
            continue
        shown_text = facts.get(label, "")
        shown = read_shown(shown_text)
        if shown is None or not wanted.same_as(shown):
            problems.append(f"{label.lower()} trên hệ thống mới là “{shown_text or NOTHING}”, tệp xuất ghi {wanted}")
    return problems


def check_row(row: Row, file: Path, system: NewSystem) -> Finding:
    expected = read_row(row, file)
    if isinstance(expected, Finding):
        return expected
    key = expected.legacy_code

    def finding(verdict: str, detail: str, evidence: str = "") -> Finding:
        return Finding(row.number, key, verdict, detail, evidence, row.values)

    codes = system.codes_for(key)
    if not codes:
        return finding(MISSING, f"không tìm thấy hồ sơ nào có mã hồ sơ cũ {key} (tìm trong “Theo dõi tất cả hồ sơ” "
                                "theo Mã hồ sơ và Mã hồ sơ khác)")
    if len(codes) > 1:
        return finding(DUPLICATED, f"mã hồ sơ cũ {key} có {len(codes)} hồ sơ trên hệ thống mới: {', '.join(codes)}",
                       f"Mã hồ sơ mới: {', '.join(codes)}")
    code = codes[0]
    facts = system.facts(code)
    shown_status = known_status(facts.get(STATUS, ""))
    problems: list[tuple[str, str]] = []
    so_giay_to = facts.get("Số giấy tờ chủ hồ sơ", "")
    national = (system.on_national_portal(code, so_giay_to) if so_giay_to
                else NationalAnswer(None, "trang hồ sơ không ghi số giấy tờ chủ hồ sơ để tra cứu"))
    if national.found:
        problems.append((PUSHED, f"Tra cứu hồ sơ trên Cổng DVCQG tìm thấy {code}: hồ sơ chuyển đổi không được "
                                 "đồng bộ lên Cổng (thiếu dấu Convert?)"))
    if expected.status is not None and STATUS_CODES[shown_status] != expected.status:
        problems.append((WRONG_STATUS, f"trạng thái trên hệ thống mới là “{shown_status}”, tệp xuất ghi "
                                       f"“{NAMES[expected.status]}” ({expected.status})"))
    problems += [(WRONG_DATE, text) for text in _date_problems(expected, facts)]
    address = facts.get(ADDRESS, "")
    address = expected.address if address in ("", NOTHING) else address
    warnings = old_address_warnings(address) if address else []
    notes = expected.not_compared() + ([] if national.found is not None else [
        f"chưa xác minh được việc không đẩy lên Cổng DVCQG: {national.why}"])
    evidence = (f"Mã hồ sơ mới {code}; trạng thái “{shown_status}”, ngày tiếp nhận {facts.get(RECEIVED, '')}, "
                f"ngày hẹn trả {facts.get(DUE, '')}; địa chỉ “{address}”; Tra cứu hồ sơ trên Cổng DVCQG: "
                + {True: "có hồ sơ", False: "không có hồ sơ", None: "không tra cứu được"}[national.found])
    if problems:
        return finding(problems[0][0], "; ".join(text for _, text in problems + [("", n) for n in notes]), evidence)
    if warnings:
        return finding(MATCHES_OLD_ADDRESS, "; ".join([f"địa chỉ cũ: {', '.join(warnings)}", *notes]), evidence)
    return finding(MATCHES, "; ".join(notes) or "trạng thái, ngày tiếp nhận, ngày hẹn trả khớp; không có trên "
                                                "Cổng DVCQG", evidence)


def row_check(file: Path, system: NewSystem) -> Callable[[Row], Finding]:
    return lambda row: check_row(row, file, system)
