"""The dossier state machine of DOMAIN §3.4, as a table of allowed transitions.

Each row says from which status an action goes to which status, which roles may take it (DOMAIN §7.4),
which official slip it issues (Mẫu of TT 03/2025/TT-VPCP, §3.2) and whether the citizen gets an SMS (the
notifiable statuses 1, 2, 3, 5, 9, 10 of §4.2). A draft the citizen has not submitted yet has no DVCQG
status: it is `None` here. Anything not in the table is refused with a message fit for the screen.

Choices where DOMAIN leaves room:
- a supplement returns the dossier to 4 (Đang xử lý), as the §3.4 diagram draws it; when the supplement
  was requested at receiving, before acceptance, the citizen's answer is a resubmission (5 → 1) that puts
  the dossier back in the desk's queue, since it has no receipt (Mẫu 01) or appointment date yet;
- a dossier left without supplements (5) is refused (→3) or stopped (→8) "per config": both rows exist,
  and HE_THONG may take them when the supplement window times out;
- roles that never move a dossier (VAN_THU, KE_TOAN, THONG_KE…) are not listed.
"""

from dataclasses import dataclass
from enum import StrEnum

from sandbox.dossiers.statuses import Status


class Role(StrEnum):
    CONG_DAN = "CONG_DAN"
    MOT_CUA = "MOT_CUA"
    CHUYEN_VIEN = "CHUYEN_VIEN"
    LANH_DAO_PHONG = "LANH_DAO_PHONG"
    LANH_DAO_DON_VI = "LANH_DAO_DON_VI"
    QUAN_TRI_DON_VI = "QUAN_TRI_DON_VI"
    HE_THONG = "HE_THONG"


class Action(StrEnum):
    SUBMIT = "submit"
    ACCEPT = "accept"
    REFUSE = "refuse"
    REQUEST_SUPPLEMENT = "request_supplement"
    SUPPLEMENT = "supplement"
    RESUBMIT = "resubmit"
    START_PROCESSING = "start_processing"
    REQUEST_PAYMENT = "request_payment"
    CONFIRM_PAYMENT = "confirm_payment"
    STOP = "stop"
    APPROVE_AND_SIGN = "approve_and_sign"
    RETURN_RESULT = "return_result"
    WITHDRAW = "withdraw"
    RESUME = "resume"


class Slip(StrEnum):
    """The official slips a transition issues, by Mẫu number."""

    TIEP_NHAN_HEN_TRA = "01"
    YEU_CAU_BO_SUNG = "02"
    TU_CHOI_TIEP_NHAN = "03"
    DUNG_GIAI_QUYET = "05"

    @property
    def ten(self) -> str:
        return _SLIP_TEN[self]


_SLIP_TEN = {
    Slip.TIEP_NHAN_HEN_TRA: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    Slip.YEU_CAU_BO_SUNG: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    Slip.TU_CHOI_TIEP_NHAN: "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    Slip.DUNG_GIAI_QUYET: "Thông báo dừng giải quyết hồ sơ",
}


@dataclass(frozen=True)
class Transition:
    from_status: Status | None
    action: Action
    to_status: Status
    roles: frozenset[Role]
    slip: Slip | None = None
    sends_sms: bool = False


LEADERS = frozenset({Role.LANH_DAO_PHONG, Role.LANH_DAO_DON_VI})
# The desk also records what a citizen does in person at the counter: supplements and withdrawals.
CITIZEN_OR_DESK = frozenset({Role.CONG_DAN, Role.MOT_CUA})

TRANSITIONS: tuple[Transition, ...] = (
    Transition(None, Action.SUBMIT, Status.MOI_DANG_KY, frozenset({Role.CONG_DAN}), sends_sms=True),
    Transition(Status.MOI_DANG_KY, Action.ACCEPT, Status.DA_TIEP_NHAN, frozenset({Role.MOT_CUA}),
               Slip.TIEP_NHAN_HEN_TRA, sends_sms=True),
    Transition(Status.MOI_DANG_KY, Action.REFUSE, Status.KHONG_DUOC_TIEP_NHAN, frozenset({Role.MOT_CUA}),
               Slip.TU_CHOI_TIEP_NHAN, sends_sms=True),
    Transition(Status.MOI_DANG_KY, Action.REQUEST_SUPPLEMENT, Status.YEU_CAU_BO_SUNG, frozenset({Role.MOT_CUA}),
               Slip.YEU_CAU_BO_SUNG, sends_sms=True),
    Transition(Status.MOI_DANG_KY, Action.WITHDRAW, Status.CONG_DAN_RUT, CITIZEN_OR_DESK),
    # "Chuyển xử lý": the desk hands the dossier over, or the officer in charge picks it up.
    Transition(Status.DA_TIEP_NHAN, Action.START_PROCESSING, Status.DANG_XU_LY,
               frozenset({Role.MOT_CUA, Role.CHUYEN_VIEN})),
    Transition(Status.DA_TIEP_NHAN, Action.WITHDRAW, Status.CONG_DAN_RUT, CITIZEN_OR_DESK),
    Transition(Status.DANG_XU_LY, Action.REQUEST_SUPPLEMENT, Status.YEU_CAU_BO_SUNG, frozenset({Role.CHUYEN_VIEN}),
               Slip.YEU_CAU_BO_SUNG, sends_sms=True),
    Transition(Status.DANG_XU_LY, Action.REQUEST_PAYMENT, Status.YEU_CAU_NGHIA_VU_TAI_CHINH,
               frozenset({Role.CHUYEN_VIEN})),
    # The officer in charge only proposes to stop; the leader signs Mẫu 05.
    Transition(Status.DANG_XU_LY, Action.STOP, Status.DUNG_XU_LY, LEADERS, Slip.DUNG_GIAI_QUYET),
    Transition(Status.DANG_XU_LY, Action.APPROVE_AND_SIGN, Status.DA_XU_LY_XONG, LEADERS, sends_sms=True),
    Transition(Status.DANG_XU_LY, Action.WITHDRAW, Status.CONG_DAN_RUT, CITIZEN_OR_DESK),
    Transition(Status.YEU_CAU_BO_SUNG, Action.SUPPLEMENT, Status.DANG_XU_LY, CITIZEN_OR_DESK),
    # Supplements asked for at receiving, before the dossier was accepted, send it back to the desk's queue.
    Transition(Status.YEU_CAU_BO_SUNG, Action.RESUBMIT, Status.MOI_DANG_KY, CITIZEN_OR_DESK, sends_sms=True),
    Transition(Status.YEU_CAU_BO_SUNG, Action.REFUSE, Status.KHONG_DUOC_TIEP_NHAN,
               frozenset({Role.MOT_CUA, Role.HE_THONG}), Slip.TU_CHOI_TIEP_NHAN, sends_sms=True),
    Transition(Status.YEU_CAU_BO_SUNG, Action.STOP, Status.DUNG_XU_LY, LEADERS | {Role.HE_THONG},
               Slip.DUNG_GIAI_QUYET),
    Transition(Status.YEU_CAU_BO_SUNG, Action.WITHDRAW, Status.CONG_DAN_RUT, CITIZEN_OR_DESK),
    # HE_THONG is the payment platform's callback (MaLoi=00); the desk confirms fees paid at the counter.
    Transition(Status.YEU_CAU_NGHIA_VU_TAI_CHINH, Action.CONFIRM_PAYMENT, Status.DANG_XU_LY,
               frozenset({Role.HE_THONG, Role.MOT_CUA})),
    Transition(Status.YEU_CAU_NGHIA_VU_TAI_CHINH, Action.WITHDRAW, Status.CONG_DAN_RUT, CITIZEN_OR_DESK),
    Transition(Status.DUNG_XU_LY, Action.RESUME, Status.DANG_XU_LY, frozenset({Role.QUAN_TRI_DON_VI})),
    Transition(Status.DA_XU_LY_XONG, Action.RETURN_RESULT, Status.DA_TRA_KET_QUA, frozenset({Role.MOT_CUA}),
               sends_sms=True),
)

_BY_KEY = {(row.from_status, row.action): row for row in TRANSITIONS}

_VERB = {
    Action.SUBMIT: "nộp",
    Action.ACCEPT: "tiếp nhận",
    Action.REFUSE: "từ chối tiếp nhận",
    Action.REQUEST_SUPPLEMENT: "yêu cầu bổ sung",
    Action.SUPPLEMENT: "bổ sung",
    Action.RESUBMIT: "nộp lại",
    Action.START_PROCESSING: "chuyển xử lý",
    Action.REQUEST_PAYMENT: "yêu cầu thực hiện nghĩa vụ tài chính cho",
    Action.CONFIRM_PAYMENT: "xác nhận thanh toán cho",
    Action.STOP: "dừng xử lý",
    Action.APPROVE_AND_SIGN: "phê duyệt, ký số kết quả",
    Action.RETURN_RESULT: "trả kết quả",
    Action.WITHDRAW: "rút",
    Action.RESUME: "tiếp tục xử lý",
}

_ROLE_TEN = {
    Role.CONG_DAN: "Công dân",
    Role.MOT_CUA: "Cán bộ Bộ phận Một cửa",
    Role.CHUYEN_VIEN: "Chuyên viên thụ lý",
    Role.LANH_DAO_PHONG: "Lãnh đạo phòng",
    Role.LANH_DAO_DON_VI: "Lãnh đạo đơn vị",
    Role.QUAN_TRI_DON_VI: "Quản trị đơn vị",
    Role.HE_THONG: "Hệ thống",
}


class TransitionRefused(Exception):
    """The action is not allowed on a dossier in this status; `str()` is a Vietnamese message."""

    def __init__(self, message: str, status: Status | None, action: Action, role: Role) -> None:
        super().__init__(message)
        self.status = status
        self.action = action
        self.role = role


class RoleRefused(TransitionRefused):
    """The action exists for this status, but not for this role."""


def find_transition(status: Status | None, action: Action, role: Role) -> Transition:
    """The row that lets `role` take `action` on a dossier in `status`, or `TransitionRefused`."""
    row = _BY_KEY.get((status, action))
    if row is None:
        where = "chưa nộp" if status is None else f"ở trạng thái “{status.ten}”"
        raise TransitionRefused(f"Không thể {_VERB[action]} hồ sơ {where}.", status, action, role)
    if role not in row.roles:
        raise RoleRefused(f"{_ROLE_TEN[role]} không có quyền {_VERB[action]} hồ sơ.", status, action, role)
    return row


def transition(status: Status | None, action: Action, role: Role) -> Status:
    """The status after `role` takes `action` on a dossier in `status`."""
    return find_transition(status, action, role).to_status


def allowed_actions(status: Status | None, role: Role) -> list[Action]:
    """What `role` may do to a dossier in `status`, in table order (for the buttons of a screen)."""
    return [row.action for row in TRANSITIONS if row.from_status == status and role in row.roles]
