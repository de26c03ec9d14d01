"""The payment request's states (DOMAIN §3.7): Chưa thanh toán → Chờ thanh toán → Đã thanh toán → Đã hoàn phí,
or Chờ thanh toán → Hủy thanh toán (cancelled before paying; the citizen may start again)."""

from enum import Enum


class PaymentState(Enum):
    CHUA_THANH_TOAN = "Chưa thanh toán"
    CHO_THANH_TOAN = "Chờ thanh toán"
    DA_THANH_TOAN = "Đã thanh toán"
    HUY_THANH_TOAN = "Hủy thanh toán"
    DA_HOAN_PHI = "Đã hoàn phí"


class PaymentEvent(Enum):
    INIT = "Khởi tạo thanh toán"
    PAID = "Xác nhận thanh toán"
    CANCEL = "Hủy thanh toán"
    REFUND = "Hoàn phí"


_NEXT = {
    (PaymentState.CHUA_THANH_TOAN, PaymentEvent.INIT): PaymentState.CHO_THANH_TOAN,
    (PaymentState.HUY_THANH_TOAN, PaymentEvent.INIT): PaymentState.CHO_THANH_TOAN,
    (PaymentState.CHO_THANH_TOAN, PaymentEvent.PAID): PaymentState.DA_THANH_TOAN,
    (PaymentState.CHO_THANH_TOAN, PaymentEvent.CANCEL): PaymentState.HUY_THANH_TOAN,
    (PaymentState.DA_THANH_TOAN, PaymentEvent.REFUND): PaymentState.DA_HOAN_PHI,
}


class PaymentRefused(Exception):
    pass


def next_state(state: PaymentState, event: PaymentEvent) -> PaymentState:
    try:
        return _NEXT[(state, event)]
    except KeyError:
        raise PaymentRefused(f"Không thể {event.value.lower()} khi yêu cầu thanh toán đang ở trạng thái "
                             f"“{state.value}”.") from None
