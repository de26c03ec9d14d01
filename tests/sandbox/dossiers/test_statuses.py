"""The DVCQG status list and the derived overdue / due-soon flags."""

from datetime import datetime, timedelta

import pytest

from sandbox.clock import VIETNAM
from sandbox.dossiers.statuses import Status, is_due_soon, is_overdue

DUE = datetime(2026, 11, 12, 17, 0, tzinfo=VIETNAM)
DEADLINE_CLOSED = {3, 7, 9, 10}


@pytest.mark.parametrize(("code", "ten"), [
    (1, "Mới đăng ký"),
    (2, "Được tiếp nhận"),
    (3, "Không được tiếp nhận"),
    (4, "Đang xử lý"),
    (5, "Yêu cầu bổ sung giấy tờ"),
    (6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    (7, "Công dân yêu cầu rút hồ sơ"),
    (8, "Dừng xử lý"),
    (9, "Đã xử lý xong"),
    (10, "Đã trả kết quả"),
])
def test_status_code_has_the_dvcqg_name(code: int, ten: str) -> None:
    assert Status(code).ten == ten


def test_the_list_has_exactly_the_codes_1_to_10() -> None:
    assert [int(status) for status in Status] == list(range(1, 11))


@pytest.mark.parametrize("status", list(Status))
def test_past_the_appointment_only_open_statuses_are_overdue(status: Status) -> None:
    assert is_overdue(status, DUE, DUE + timedelta(minutes=1)) is (status not in DEADLINE_CLOSED)


def test_a_dossier_is_not_overdue_at_its_appointment_instant() -> None:
    assert not is_overdue(Status.DANG_XU_LY, DUE, DUE)


def test_a_dossier_without_appointment_date_is_never_overdue() -> None:
    assert not is_overdue(Status.MOI_DANG_KY, None, DUE)


@pytest.mark.parametrize(("now", "expected"), [
    (DUE - timedelta(hours=25), False),
    (DUE - timedelta(hours=23), True),
    (DUE, True),
    (DUE + timedelta(minutes=1), False),
])
def test_due_soon_within_the_default_day(now: datetime, expected: bool) -> None:
    assert is_due_soon(Status.DANG_XU_LY, DUE, now) is expected


def test_due_soon_window_is_configurable() -> None:
    now = DUE - timedelta(days=2)
    assert is_due_soon(Status.DANG_XU_LY, DUE, now, window=timedelta(days=3))
    assert not is_due_soon(Status.DANG_XU_LY, DUE, now)


def test_a_dossier_with_the_result_ready_is_not_due_soon() -> None:
    assert not is_due_soon(Status.DA_XU_LY_XONG, DUE, DUE - timedelta(hours=1))
