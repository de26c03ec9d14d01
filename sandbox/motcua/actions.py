"""The action buttons of the officer's dossier page: their labels, addresses, the reason a dialog asks for,
and what the officer is told once done.

Actions of other issues (fees, counter supplements and withdrawals, resuming) have no button yet: the page
offers an action only when it is both allowed to the officer's roles and listed here.
"""

from dataclasses import dataclass

from sandbox.dossiers.state_machine import Action


@dataclass(frozen=True)
class Reason:
    """The required text a dialog asks for before the action is sent."""

    field_id: str
    label: str


@dataclass(frozen=True)
class OfficerAction:
    action: Action
    slug: str
    label: str
    done: str
    reason: Reason | None = None


ACTIONS = (
    OfficerAction(Action.ACCEPT, "tiep-nhan", "Tiếp nhận", "Đã tiếp nhận hồ sơ."),
    OfficerAction(Action.REFUSE, "tu-choi-tiep-nhan", "Từ chối tiếp nhận", "Đã từ chối tiếp nhận hồ sơ.",
                  Reason("ly_do_tu_choi", "Lý do từ chối")),
    OfficerAction(Action.REQUEST_SUPPLEMENT, "yeu-cau-bo-sung", "Yêu cầu bổ sung", "Đã yêu cầu bổ sung hồ sơ.",
                  Reason("noi_dung_bo_sung", "Nội dung yêu cầu bổ sung")),
    OfficerAction(Action.START_PROCESSING, "chuyen-xu-ly", "Chuyển xử lý", "Đã chuyển hồ sơ sang xử lý."),
    OfficerAction(Action.STOP, "dung-xu-ly", "Dừng xử lý", "Đã dừng xử lý hồ sơ.",
                  Reason("ly_do_dung", "Lý do dừng xử lý")),
    OfficerAction(Action.APPROVE_AND_SIGN, "phe-duyet-ky-so", "Phê duyệt và ký số", "Đã phê duyệt và ký số kết quả."),
    OfficerAction(Action.RETURN_RESULT, "tra-ket-qua", "Trả kết quả", "Đã trả kết quả cho công dân."),
)
BY_SLUG = {spec.slug: spec for spec in ACTIONS}
BY_ACTION = {spec.action: spec for spec in ACTIONS}
