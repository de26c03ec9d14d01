"""The fault switches of the SMS Brandname gateway (docs/sandbox-faults.md)."""

from sandbox.faults import FaultSwitches

ERROR_ONCE = "sms.loi_gateway_mot_lan"
ERROR_ALWAYS = "sms.loi_gateway"

_DESCRIPTIONS = {
    ERROR_ONCE: "Gateway SMS Brandname trả RPLY.ERROR \"99\" ở lần gửi đầu của mỗi tin; lần gửi lại thành công.",
    ERROR_ALWAYS: "Gateway SMS Brandname trả RPLY.ERROR \"99\" mọi lần gửi; tin ghi nhận là gửi lỗi sau 3 lần.",
}


def declare(faults: FaultSwitches) -> None:
    for name, description in _DESCRIPTIONS.items():
        faults.declare(name, description)
