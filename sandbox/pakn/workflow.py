"""What an officer with XU_LY_PAKN may do to an item, checked on the server for every request (DOMAIN §4.1, §7.4).

Items not yet routed are the reception pool every PAKN officer sees; a routed item belongs to its unit's officers.
"""

from dataclasses import dataclass

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.pakn.records import CLASSIFICATIONS, DA_CHUYEN_XU_LY, DA_TRA_LOI, MOI_GUI, TU_CHOI, PaknItem, update
from sandbox.units.routes import find_unit

ROLE = "XU_LY_PAKN"
NO_ROLE = "Bạn không có quyền xử lý phản ánh, kiến nghị."
NOT_YOURS = "PAKN không thuộc đơn vị của bạn: bạn không có quyền xử lý PAKN này."
WRONG_STATE = "PAKN không ở trạng thái cho phép thao tác này."
RATINGS = ("Hài lòng", "Chấp nhận được", "Không hài lòng")


@dataclass(frozen=True)
class Refused(Exception):
    status: int
    message: str
    field: str = ""


def may_handle(officer: Officer) -> bool:
    return ROLE in officer.roles


def reaches(officer: Officer, item: PaknItem) -> bool:
    return may_handle(officer) and (item.state == MOI_GUI or item.unit_code == officer.unit_code)


def _check(officer: Officer, item: PaknItem, states: tuple[str, ...]) -> None:
    if not may_handle(officer):
        raise Refused(403, NO_ROLE)
    if not reaches(officer, item):
        raise Refused(403, NOT_YOURS)
    if item.state not in states:
        raise Refused(409, WRONG_STATE)


def _apply(ctx: SandboxContext, item: PaknItem, **changes) -> None:
    if not update(ctx, item.ma_so, item.state, **changes):
        raise Refused(409, WRONG_STATE)


def route(ctx: SandboxContext, officer: Officer, item: PaknItem, classification: str, unit_code: str) -> None:
    _check(officer, item, (MOI_GUI,))
    if classification not in CLASSIFICATIONS:
        raise Refused(422, "Vui lòng chọn phân loại PAKN.", "phan_loai")
    if not unit_code or find_unit(ctx, unit_code) is None:
        raise Refused(422, "Vui lòng chọn đơn vị xử lý.", "don_vi")
    _apply(ctx, item, state=DA_CHUYEN_XU_LY, classification=classification, unit_code=unit_code)


def answer(ctx: SandboxContext, officer: Officer, item: PaknItem, text: str, publication: str) -> None:
    _check(officer, item, (DA_CHUYEN_XU_LY,))
    if not text.strip():
        raise Refused(422, "Vui lòng nhập nội dung trả lời.", "tra_loi")
    if publication not in ("Công khai", "Không công khai"):
        raise Refused(422, "Vui lòng chọn hình thức công khai.", "cong_khai")
    _apply(ctx, item, state=DA_TRA_LOI, answer=text.strip(), answered_at=ctx.clock.now().isoformat(),
           cong_khai=int(publication == "Công khai"))


def refuse(ctx: SandboxContext, officer: Officer, item: PaknItem, reason: str) -> None:
    _check(officer, item, (MOI_GUI, DA_CHUYEN_XU_LY))
    if not reason.strip():
        raise Refused(422, "Vui lòng nhập lý do từ chối.", "ly_do")
    _apply(ctx, item, state=TU_CHOI, refusal_reason=reason.strip(), unit_code=item.unit_code or officer.unit_code)


def rate(ctx: SandboxContext, item: PaknItem, cccd: str, rating: str) -> None:
    """The sender rates an answer once, proving it is theirs with the CMTND/CCCD they gave."""
    if item.state != DA_TRA_LOI or item.rating:
        raise Refused(409, "PAKN này chưa thể đánh giá hoặc đã được đánh giá.")
    if cccd.strip() != item.cccd:
        raise Refused(422, "Số CMTND/CCCD không khớp với người gửi PAKN.", "cccd_danh_gia")
    if rating not in RATINGS:
        raise Refused(422, "Vui lòng chọn mức đánh giá.", "danh_gia")
    _apply(ctx, item, rating=rating)
