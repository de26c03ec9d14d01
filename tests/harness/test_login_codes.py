"""Where the VNeID login code comes from: the sandbox's setup API, or on a real environment the tester's command,
a variable filled before the run (good for one login), or a prompt."""

import sys
from pathlib import Path

import pytest

from harness.actors import Account
from harness.clients.login_codes import LoginCodeSource, terminal_prompt
from harness.clients.sandbox_setup import SetupRefused
from harness.config import ActorSpec, Deadlines, Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

CITIZEN = Account("citizen_l2", "citizen", "066190001234", "Mat-khau-2026!", "Trần Thị Mai", level=2)
DEADLINES = Deadlines(action=5000, navigation=2000, expect=2000, status_sync=2000, poll_interval=10, host_check=1000)
VARIABLE = "DVCQG_CITIZEN_L2_OTP"


def environment(sandbox: bool = False, **spec: object) -> Environment:
    return Environment(name="staging", description="", read_only=False, sandbox=sandbox,
                       urls={"vneid": "https://sso.example.vn/"}, deadlines=DEADLINES,
                       actors={"citizen_l2": ActorSpec("citizen_l2", "citizen", 2, **spec)})


class Phone:
    """Stands in for SetupClient: the latest code, or none yet."""

    def __init__(self, code: str | None) -> None:
        self.code = code

    def latest_login_code(self, so_dinh_danh: str) -> str:
        if self.code is None:
            raise SetupRefused(404, f"GET /vneid/otp/{so_dinh_danh}: không có mã")
        return self.code


def test_on_the_sandbox_the_code_comes_from_the_setup_api_and_is_registered_as_a_secret() -> None:
    code = LoginCodeSource(environment(sandbox=True), Phone("482913")).code_for(CITIZEN)

    assert code == "482913"
    assert "482913" in SECRETS.values()


def test_on_the_sandbox_no_code_after_the_password_step_is_a_harness_error() -> None:
    with pytest.raises(HarnessError, match="không có mã xác nhận đăng nhập cho 'citizen_l2'"):
        LoginCodeSource(environment(sandbox=True), Phone(None)).code_for(CITIZEN)


def test_the_variable_gives_its_code_once_per_run_then_says_what_to_set_up(tmp_path: Path) -> None:
    source = LoginCodeSource(environment(otp_env=VARIABLE), None, {VARIABLE: " 739104 "}, used_marks=tmp_path)
    other_worker = LoginCodeSource(environment(otp_env=VARIABLE), None, {VARIABLE: "739104"}, used_marks=tmp_path)

    assert source.code_for(CITIZEN) == "739104"
    with pytest.raises(HarnessError) as error:
        other_worker.code_for(CITIZEN)
    assert "đã dùng" in str(error.value) and "otp_command" in str(error.value) and "--headed" in str(error.value)
    assert "739104" not in str(error.value)


def test_a_missing_code_says_a_person_must_provide_it() -> None:
    with pytest.raises(HarnessError, match=f"ứng dụng VNeID .* {VARIABLE}"):
        LoginCodeSource(environment(otp_env=VARIABLE), None, {}).code_for(CITIZEN)


def test_the_command_is_asked_every_time_with_the_account_and_the_vneid_address() -> None:
    command = (sys.executable, "-c", "import sys; print('đang hỏi', sys.argv[1:]); print('5' + sys.argv[1][-5:])",
               "{login_id}", "{url_vneid}")
    source = LoginCodeSource(environment(otp_command=command), None, {})

    assert [source.code_for(CITIZEN), source.code_for(CITIZEN)] == ["501234", "501234"]
    assert "501234" in SECRETS.values()


def test_a_command_that_prints_no_code_is_one_sentence_that_does_not_quote_it() -> None:
    command = (sys.executable, "-c", "print('mat khau la Bi-mat-123')")
    with pytest.raises(HarnessError) as error:
        LoginCodeSource(environment(otp_command=command), None, {}).code_for(CITIZEN)
    assert "otp_command" in str(error.value) and "Bi-mat-123" not in str(error.value)


def test_the_command_wins_over_the_variable_and_the_prompt_comes_last() -> None:
    command = (sys.executable, "-c", "print(111111)")
    asked = []
    both = LoginCodeSource(environment(otp_command=command, otp_env=VARIABLE), None, {VARIABLE: "222222"},
                           prompt=lambda account: asked.append(account) or "333333")
    prompt_only = LoginCodeSource(environment(), None, {}, prompt=lambda account: "444444")

    assert both.code_for(CITIZEN) == "111111" and asked == []
    assert prompt_only.code_for(CITIZEN) == "444444"


def test_the_terminal_prompt_asks_again_until_it_gets_a_code() -> None:
    answers = iter(["", "abc", " 908172 "])
    questions = []
    ask = terminal_prompt(lambda question: questions.append(question) or next(answers))

    assert ask(CITIZEN) == "908172"
    assert len(questions) == 3 and CITIZEN.login_id in questions[0]
