"""The harness's HTTP inbox reads the sandbox gateway's log as it would a real one, and its rule agrees."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from harness.rules.sms import expected_sms, gateway_number
from harness.sms.inbox import LogInbox
from sandbox.dossiers.state_machine import Action
from tests.sandbox.dongbo.support import DESK, Sandbox, running_sandbox


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    with running_sandbox(tmp_path) as running:
        yield running


def test_the_http_inbox_reads_what_the_rule_expects(sandbox: Sandbox) -> None:
    dossier = sandbox.submit()
    sandbox.act(dossier, Action.ACCEPT, DESK)
    inbox = LogInbox("/sms/tin-nhan", 1000)
    inbox._http = sandbox.client  # the sandbox app in-process instead of a socket
    messages = inbox.messages(ma_ho_so=dossier.ma_ho_so)
    assert [m.text for m in messages] == [expected_sms("Mới đăng ký", dossier.ma_ho_so),
                                         expected_sms("Được tiếp nhận", dossier.ma_ho_so, "11/11/2026")]
    assert {m.number for m in messages} == {gateway_number("0912345678")}
    assert inbox.messages(number="0912345678") == messages
