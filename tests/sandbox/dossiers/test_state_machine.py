"""The transition table: everything it allows, everything else refused, for the right roles only."""

from itertools import product

import pytest

from sandbox.dossiers.state_machine import (
    TRANSITIONS,
    Action,
    Role,
    RoleRefused,
    Slip,
    Transition,
    TransitionRefused,
    allowed_actions,
    transition,
)
from sandbox.dossiers.statuses import Status

ALLOWED = {(row.from_status, row.action) for row in TRANSITIONS}
REFUSED = [pair for pair in product([None, *Status], Action) if pair not in ALLOWED]
NOTIFIED_STATUSES = {1, 2, 3, 5, 9, 10}


def row_id(row: Transition) -> str:
    return f"{row.from_status}-{row.action}"


@pytest.mark.parametrize("row", TRANSITIONS, ids=row_id)
def test_every_allowed_transition_reaches_its_status_for_each_allowed_role(row: Transition) -> None:
    for role in row.roles:
        assert transition(row.from_status, row.action, role) is row.to_status


@pytest.mark.parametrize("row", TRANSITIONS, ids=row_id)
def test_every_allowed_transition_is_refused_to_the_other_roles(row: Transition) -> None:
    for role in set(Role) - row.roles:
        with pytest.raises(RoleRefused):
            transition(row.from_status, row.action, role)


@pytest.mark.parametrize(("status", "action"), REFUSED, ids=str)
def test_every_other_status_and_action_is_refused_whoever_asks(status: Status | None, action: Action) -> None:
    for role in Role:
        with pytest.raises(TransitionRefused) as refusal:
            transition(status, action, role)
        assert type(refusal.value) is TransitionRefused
        assert str(refusal.value).startswith("Không thể ")


def test_the_table_has_one_row_per_status_and_action() -> None:
    assert len(ALLOWED) == len(TRANSITIONS)


@pytest.mark.parametrize(("status", "action", "role", "message"), [
    (Status.DANG_XU_LY, Action.ACCEPT, Role.MOT_CUA, "Không thể tiếp nhận hồ sơ ở trạng thái “Đang xử lý”."),
    (None, Action.WITHDRAW, Role.CONG_DAN, "Không thể rút hồ sơ chưa nộp."),
    (Status.MOI_DANG_KY, Action.ACCEPT, Role.CONG_DAN, "Công dân không có quyền tiếp nhận hồ sơ."),
    (Status.DANG_XU_LY, Action.APPROVE_AND_SIGN, Role.CHUYEN_VIEN,
     "Chuyên viên thụ lý không có quyền phê duyệt, ký số kết quả hồ sơ."),
])
def test_refusals_explain_themselves_in_vietnamese(
    status: Status | None, action: Action, role: Role, message: str
) -> None:
    with pytest.raises(TransitionRefused, match=message):
        transition(status, action, role)


def test_slips_are_issued_on_accept_supplement_request_refusal_and_stop() -> None:
    expected = {
        Action.ACCEPT: Slip.TIEP_NHAN_HEN_TRA,
        Action.REQUEST_SUPPLEMENT: Slip.YEU_CAU_BO_SUNG,
        Action.REFUSE: Slip.TU_CHOI_TIEP_NHAN,
        Action.STOP: Slip.DUNG_GIAI_QUYET,
    }
    for row in TRANSITIONS:
        assert row.slip is expected.get(row.action), row_id(row)
    assert [slip.value for slip in Slip] == ["01", "02", "03", "05"]


def test_an_sms_goes_out_exactly_on_entering_a_notified_status() -> None:
    for row in TRANSITIONS:
        assert row.sends_sms is (row.to_status in NOTIFIED_STATUSES), row_id(row)


def test_citizen_may_withdraw_until_the_result_is_ready() -> None:
    withdrawable = {row.from_status for row in TRANSITIONS if row.action is Action.WITHDRAW}
    assert withdrawable == {1, 2, 4, 5, 6}


@pytest.mark.parametrize("status", [Status.KHONG_DUOC_TIEP_NHAN, Status.CONG_DAN_RUT, Status.DA_TRA_KET_QUA])
def test_terminal_statuses_have_no_way_out(status: Status) -> None:
    assert all(row.from_status is not status for row in TRANSITIONS)


def test_only_the_unit_administrator_resumes_a_stopped_dossier() -> None:
    assert transition(Status.DUNG_XU_LY, Action.RESUME, Role.QUAN_TRI_DON_VI) is Status.DANG_XU_LY
    assert {role for role in Role if Action.RESUME in allowed_actions(Status.DUNG_XU_LY, role)} == {
        Role.QUAN_TRI_DON_VI
    }


def test_the_payment_callback_brings_the_dossier_back_to_processing() -> None:
    assert transition(Status.YEU_CAU_NGHIA_VU_TAI_CHINH, Action.CONFIRM_PAYMENT, Role.HE_THONG) is Status.DANG_XU_LY


def test_allowed_actions_list_the_buttons_of_a_role() -> None:
    assert allowed_actions(Status.MOI_DANG_KY, Role.MOT_CUA) == [
        Action.ACCEPT, Action.REFUSE, Action.REQUEST_SUPPLEMENT, Action.WITHDRAW,
    ]
    assert allowed_actions(None, Role.CONG_DAN) == [Action.SUBMIT]
    assert allowed_actions(Status.DA_TRA_KET_QUA, Role.MOT_CUA) == []
