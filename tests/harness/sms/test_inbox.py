"""The pluggable SMS inbox: which one an environment file picks, and its one-sentence errors."""

import dataclasses

import pytest

from harness.config import load_environment
from harness.errors import HarnessError
from harness.sms.inbox import LogInbox, ManualInbox, SentSms, inbox_for


def env_with(name: str, sms: dict):
    env = load_environment(name, environ={}).with_sandbox_origin("http://127.0.0.1:8765")
    return dataclasses.replace(env, sections={**env.sections, "sms": sms})


def test_the_sandbox_reads_its_gateway_log_by_default() -> None:
    inbox = inbox_for(env_with("sandbox", {}))
    assert isinstance(inbox, LogInbox) and inbox.url == "http://127.0.0.1:8765/sms/tin-nhan"


def test_staging_is_manual_unless_configured() -> None:
    assert isinstance(inbox_for(env_with("staging", {})), ManualInbox)


def test_http_mode_fills_the_sandbox_origin_and_reads_its_token() -> None:
    inbox = inbox_for(env_with("rehearsal", {"inbox": "http", "url": "{sandbox}/sms/tin-nhan",
                                             "token_variable": "SMS_LOG_TOKEN"}), {"SMS_LOG_TOKEN": "t0k3n-sms"})
    assert inbox.url == "http://127.0.0.1:8765/sms/tin-nhan"


@pytest.mark.parametrize("sms", [
    {"inbox": "zalo"}, {"inbox": "http"}, {"inbox": "http", "url": "ftp://x"},
    {"inbox": "http", "url": "https://gw.example/log", "token_variable": "SMS_LOG_TOKEN"},
])
def test_bad_settings_are_one_sentence_errors(sms: dict) -> None:
    with pytest.raises(HarnessError) as error:
        inbox_for(env_with("staging", sms), {})
    assert str(error.value).count(". ") == 0 and "[sms]" in str(error.value)


def test_the_manual_inbox_never_pretends_to_read() -> None:
    with pytest.raises(HarnessError):
        ManualInbox().messages(ma_ho_so="X")


class ScriptedLog(LogInbox):
    """A gateway log that gains one message per read, so that waiting is seen without a gateway."""

    def __init__(self, arriving: list[str]) -> None:
        super().__init__("http://gw.invalid/log", 1000)
        self.arriving, self.reads = arriving, 0

    def messages(self, *, number=None, ma_ho_so=None):
        self.reads += 1
        return [SentSms(ma_ho_so, "84912345678", text, "da_gui", ("0",)) for text in self.arriving[:self.reads]]


def test_waiting_reads_the_log_until_the_expected_text_arrives() -> None:
    log, naps = ScriptedLog(["Tin 1", "Tin 2", "Tin 3"]), []
    messages = log.wait_for("HS-1", "Tin 2", timeout_ms=60_000, interval_ms=250, sleep=naps.append)
    assert [m.text for m in messages] == ["Tin 1", "Tin 2"] and naps == [0.25]


def test_waiting_gives_what_the_log_holds_at_the_deadline() -> None:
    log = ScriptedLog(["Tin 1"])
    assert [m.text for m in log.wait_for("HS-1", "Tin 9", timeout_ms=0, interval_ms=250)] == ["Tin 1"]
