"""What the procedure detail page shows, derived from the portal's record (`get-formality-by-citizen`).

Values are written as the real page writes them (DOMAIN §1.2, reference/portal-dom/detail-thuong-tru.html and
the screenshots): "Cấp xã", "7 Ngày làm việc", "1 bản chính", "Miễn phí", a fee as its amount and its note in
parentheses. The record's mess stays visible: a fee of 100 đ shows as 100, 6.25 days as 6.25, a time whose unit
is OTHER as the bare number or text. An empty value of the info grid stays empty, as on the real page; an empty
section says "Không có thông tin" (the template writes it).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sandbox.formats import vnd

NO_INFO = "Không có thông tin"
DEFAULT_CURRENCY = "Việt Nam Đồng"
CHANNELS = {"ONLINE": "Trực tuyến", "DIRECT": "Trực tiếp", "POSTAL": "Dịch vụ bưu chính"}
TIME_UNITS = {"WORKING_DAY": "Ngày làm việc", "DAY": "Ngày", "HOUR": "Giờ", "MONTH": "Tháng"}
LEVELS = (("isMinistry", "Cấp bộ"), ("isProvince", "Cấp tỉnh"), ("isWard", "Cấp xã"))
INFO_LABELS = ("Tên thủ tục", "Mã thủ tục", "Số quyết định", "Cấp thực hiện", "Loại thủ tục", "Lĩnh vực",
               "Đối tượng thực hiện", "Cơ quan có thẩm quyền", "Địa chỉ tiếp nhận HS", "Cơ quan được ủy quyền",
               "Cơ quan phối hợp")
FORMALITY_TYPES = {
    "ASSIGNED_REGULATION": "TTHC được luật giao quy định chi tiết",
    "NOT_ASSIGNED_REGULATION": "TTHC không được luật giao quy định chi tiết",
    "OTHER": "Khác",
}

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Fee:
    value: float | None
    currency: str
    description: str


@dataclass(frozen=True)
class Method:
    channel: str
    time: str
    fees: list[Fee]
    description: str

    @property
    def fee_parts(self) -> list[str]:
        """The lines of the "Phí, lệ phí" cell: each fee's amount, then its note in parentheses."""
        parts = [part for fee in self.fees for part in (_amount(fee), f"({fee.description})" if fee.description else "")
                 if part]
        return parts or [NO_INFO]


@dataclass(frozen=True)
class Document:
    name: str
    forms: list[str]
    quantity: str


@dataclass(frozen=True)
class DocumentCase:
    name: str
    documents: list[Document]


@dataclass(frozen=True)
class ProcedureView:
    id: str
    name: str
    info: list[tuple[str, str]]
    has_details: bool
    executing_agencies: str = NO_INFO
    related: list[str] = field(default_factory=list)
    steps: list[tuple[str, str]] = field(default_factory=list)
    methods: list[Method] = field(default_factory=list)
    cases: list[DocumentCase] = field(default_factory=list)
    legal_bases: list[tuple[str, str]] = field(default_factory=list)
    requirements: str = ""
    results: list[tuple[str, str]] = field(default_factory=list)
    keywords: str = ""
    description: str = ""


def from_record(record: Record) -> ProcedureView:
    proposal = record.get("procedureProposal") or {}
    values = {
        "Tên thủ tục": record.get("name", ""),
        "Mã thủ tục": record.get("codeNotation") or record.get("code", ""),
        "Số quyết định": record.get("decisionNo") or proposal.get("proposalNumber") or "",
        "Cấp thực hiện": ", ".join(label for flag, label in LEVELS if record.get(flag)),
        "Loại thủ tục": FORMALITY_TYPES.get(record.get("formalityType") or "", ""),
        "Lĩnh vực": _names(record, "categoriesDetails"),
        "Đối tượng thực hiện": _names(record, "subjectTypesDetails"),
        "Cơ quan có thẩm quyền": _names(record, "departmentsAuthority", "unitGroupsAuthority"),
        "Địa chỉ tiếp nhận HS": record.get("dossierReceivingAddresses") or "",
        "Cơ quan được ủy quyền": _names(record, "departmentsAuthorized", "unitGroupsAuthorized")
        or record.get("authorizedAgencies") or "",
        "Cơ quan phối hợp": _names(record, "departmentsCoordinating", "unitGroupsCoordinating")
        or record.get("coordinatingAgencies") or "",
    }
    return ProcedureView(
        id=record["id"],
        name=record.get("name", "").strip(),
        info=_info(values),
        has_details=True,
        executing_agencies=_names(record, "departmentsExecuting", "unitGroupsExecuting")
        or record.get("executingAgencies") or NO_INFO,
        related=[item.get("name", "") for item in record.get("procedureRelatedGroup") or []],
        steps=[(step.get("name") or "", step.get("description") or "") for step in record.get("executionSteps") or []],
        methods=[_method(method) for method in record.get("executionMethods") or []],
        cases=[_case(case) for case in record.get("executionCases") or []],
        legal_bases=_named_codes(record, "legalBasisesDetails"),
        requirements=(record.get("requirementsAndConditions") or "").strip(),
        results=_named_codes(record, "resultsDetails"),
        keywords=(record.get("keywords") or "").strip(),
        # The real page's "Mô tả" of 1.004222 says "Không có thông tin" while the record's `description` repeats
        # the requirements and its `note` is empty: the section shows the note.
        description=(record.get("note") or "").strip(),
    )


def from_catalogue_row(row: Record) -> ProcedureView:
    """The little the public list knows, for the procedures whose full record the sandbox does not have."""
    known = {
        "Tên thủ tục": row.get("name", ""),
        "Mã thủ tục": row.get("codeNotation") or row.get("code", ""),
        "Lĩnh vực": ", ".join(row.get("categories") or []),
        "Đối tượng thực hiện": ", ".join(row.get("formalityTargetType") or []),
    }
    return ProcedureView(
        id=row["id"],
        name=row.get("name", "").strip(),
        info=_info(known),
        has_details=False,
        executing_agencies=", ".join(row.get("departments") or []) or NO_INFO,
    )


def processing_time(value: float | str | None, unit: str | None) -> str:
    if value is None or value == "":
        return NO_INFO
    amount = value if isinstance(value, str) else _number(value)
    label = TIME_UNITS.get(unit or "")
    return f"{amount} {label}" if label else str(amount)


def quantity(original: int | None, copies: int | None) -> str:
    parts = [f"{original or 0} bản chính"] if original or not copies else []
    if copies:
        parts.append(f"{copies} bản sao")
    return ", ".join(parts)


def _method(method: Record) -> Method:
    return Method(
        channel=CHANNELS.get(method.get("submissionMethod") or "", method.get("submissionMethod") or ""),
        time=processing_time(method.get("processingTime"), method.get("processingTimeUnit")),
        fees=[Fee(fee.get("value"), fee.get("currencyName") or DEFAULT_CURRENCY, (fee.get("description") or "").strip())
              for fee in method.get("fees") or []],
        description=(method.get("description") or "").strip(),
    )


def _case(case: Record) -> DocumentCase:
    documents = [
        Document(
            name=(component.get("name") or "").strip(),
            forms=[attachment.get("fileName", "") for attachment in component.get("attachments") or []],
            quantity=quantity(component.get("originalQty"), component.get("copyQty")),
        )
        for component in case.get("profileComponents") or []
    ]
    return DocumentCase(name=(case.get("name") or "").strip(), documents=documents)


def _names(record: Record, *keys: str) -> str:
    """The names of the first non-empty list of {name} objects among `keys`, joined as the portal joins them."""
    for key in keys:
        names: Sequence[str] = [item.get("name", "") for item in record.get(key) or [] if item.get("name")]
        if names:
            return ", ".join(names)
    return ""


def _named_codes(record: Record, key: str) -> list[tuple[str, str]]:
    return [((item.get("name") or "").strip(), item.get("code") or "") for item in record.get(key) or []]


def _info(values: Mapping[str, str]) -> list[tuple[str, str]]:
    """Every label of the info grid in the portal's order; what the record leaves empty stays empty."""
    return [(label, str(values.get(label) or "").strip()) for label in INFO_LABELS]


def _amount(fee: Fee) -> str:
    if fee.value == 0:
        return "Miễn phí"
    return "" if fee.value is None else f"{vnd(fee.value)} {fee.currency}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
