"""The SMS gateway stand-in: one unaccented message per notifiable transition, to `84…`, with delivery status."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox.dossiers.processing_time import ProcessingTime
from sandbox.dossiers.service import Actor
from sandbox.dossiers.state_machine import Action, Role
from sandbox.dossiers.working_days import ProcessingTimeUnit
from sandbox.sms import switches
from sandbox.sms.numbers import normalised
from sandbox.sms.segments import segments
from tests.sandbox.dongbo.support import CLERK, DESK, LEADER, SIGNED_RESULT, Sandbox, running_sandbox


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    with running_sandbox(tmp_path) as running:
        yield running


def log(sandbox: Sandbox, **params: str) -> list[dict]:
    return sandbox.client.get("/sms/tin-nhan", params=params).json()["tin_nhan"]


def test_each_notifiable_transition_sends_its_template_once_and_processing_sends_none(sandbox: Sandbox) -> None:
    dossier = sandbox.submit()
    code = dossier.ma_ho_so
    sandbox.act(dossier, Action.ACCEPT, DESK)
    sandbox.act(dossier, Action.START_PROCESSING, CLERK)
    sandbox.act(dossier, Action.APPROVE_AND_SIGN, LEADER, SIGNED_RESULT)
    sandbox.act(dossier, Action.RETURN_RESULT, DESK)
    messages = log(sandbox, ma_ho_so=code)
    assert [m["noi_dung"] for m in messages] == [
        f"Ho so {code} da duoc gui!",
        f"Ho so {code} da duoc tiep nhan. Ngay hen tra: 11/11/2026",
        f"Ho so {code} da duoc xu ly xong. Moi chu ho so hoac nguoi uy quyen den nhan ket qua!",
        f"Ho so {code} da tra ket qua.",
    ]
    assert {m["so_dien_thoai"] for m in messages} == {"84912345678"}
    assert {m["tinh_trang"] for m in messages} == {"da_gui"}
    assert log(sandbox, so_dien_thoai="0912345678") == messages


def test_an_invalid_number_is_refused_and_never_sent(sandbox: Sandbox) -> None:
    citizen = Actor(Role.CONG_DAN, "066090009999", "Đỗ Văn Bình")
    dossier = sandbox.dossiers.submit(
        citizen, procedure={"code": "1.004194", "id": "019d-tam-tru", "name": "Đăng ký tạm trú"},
        unit={"code": "000.21.31.H15", "name": "Công an Phường Tuy Hòa"},
        owner={"ho_va_ten": citizen.name, "so_dien_thoai": "0212345678"}, form={}, files=[],
        processing=ProcessingTime(3, ProcessingTimeUnit.WORKING_DAY), trich_yeu="Đăng ký tạm trú")
    [message] = log(sandbox, ma_ho_so=dossier.ma_ho_so)
    assert (message["tinh_trang"], message["so_dien_thoai"], message["lan_gui"]) == (
        "tu_choi_so_khong_hop_le", None, [])


def test_a_gateway_error_is_retried_and_recorded(sandbox: Sandbox) -> None:
    sandbox.switch(switches.ERROR_ONCE)
    [message] = log(sandbox, ma_ho_so=sandbox.submit().ma_ho_so)
    assert message["tinh_trang"] == "gui_lai_thanh_cong"
    assert [a["ERROR"] for a in message["lan_gui"]] == ["99", "0"]


def test_a_gateway_that_keeps_failing_gives_up_after_three_attempts(sandbox: Sandbox) -> None:
    sandbox.switch(switches.ERROR_ALWAYS)
    [message] = log(sandbox, ma_ho_so=sandbox.submit().ma_ho_so)
    assert (message["tinh_trang"], len(message["lan_gui"])) == ("gui_loi", 3)


@pytest.mark.parametrize(("raw", "expected"), [
    ("0912345678", "84912345678"), ("+84 912 345 678", "84912345678"), ("84332345678", "84332345678"),
    ("0212345678", None), ("091234567", None), ("", None), (None, None), ("0952345678", None),
])
def test_numbers_are_normalised_to_84_or_refused(raw: str | None, expected: str | None) -> None:
    assert normalised(raw) == expected


def test_long_texts_are_split_into_153_character_segments() -> None:
    assert segments("a" * 160) == ["a" * 160]
    assert [len(s) for s in segments("a" * 200)] == [153, 47]


def test_the_log_wants_a_number_or_a_code(sandbox: Sandbox) -> None:
    assert sandbox.client.get("/sms/tin-nhan").status_code == 400
