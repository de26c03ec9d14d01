"""Payment request states: the paths DOMAIN §3.7 allows, and a refusal in words for the others."""

import pytest

from sandbox.thanhtoan.states import PaymentEvent, PaymentRefused, PaymentState, next_state

S, E = PaymentState, PaymentEvent


def test_paid_then_refunded():
    state = next_state(next_state(next_state(S.CHUA_THANH_TOAN, E.INIT), E.PAID), E.REFUND)
    assert state is S.DA_HOAN_PHI


def test_cancelled_before_paying_may_start_again():
    assert next_state(next_state(S.CHO_THANH_TOAN, E.CANCEL), E.INIT) is S.CHO_THANH_TOAN


@pytest.mark.parametrize(("state", "event"), [(S.CHUA_THANH_TOAN, E.PAID), (S.DA_THANH_TOAN, E.CANCEL),
                                              (S.HUY_THANH_TOAN, E.REFUND), (S.DA_THANH_TOAN, E.PAID)])
def test_other_moves_refused(state, event):
    with pytest.raises(PaymentRefused, match=state.value):
        next_state(state, event)
