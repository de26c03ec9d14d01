"""Where the VNeID login code comes from: the sandbox's setup API, or a variable a person filled on staging."""

import pytest

from harness.actors import Account
from harness.clients.login_codes import LoginCodeSource
from harness.clients.sandbox_setup import SetupRefused
from harness.config import ActorSpec, Deadlines, Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

CITIZEN = Account("citizen_l2", "citizen", "066190001234", "Mat-khau-2026!", "Trần Thị Mai", level=2)
DEADLINES = Deadlines(action=2000, navigation=2000, expect=2000, status_sync=2000, poll_interval=10, host_check=1000)


def environment(otp_env: str | None = None) -> Environment:
    return Environment(name="staging", description="", read_only=False, sandbox=otp_env is None, urls={},
                       deadlines=DEADLINES, actors={"citizen_l2": ActorSpec("citizen_l2", "citizen", 2,
                                                                            otp_env=otp_env)})


class Phone:
    """Stands in for SetupClient: no code for the first `misses` questions, then the code."""

    def __init__(self, code: str, misses: int = 0) -> None:
        self.code = code
        self.misses = misses

    def latest_login_code(self, so_dinh_danh: str) -> str:
        if self.misses:
            self.misses -= 1
            raise SetupRefused(404, f"GET /vneid/otp/{so_dinh_danh}: không có mã")
        return self.code


def test_on_the_sandbox_the_code_comes_from_the_setup_api_and_is_registered_as_a_secret() -> None:
    code = LoginCodeSource(environment(), Phone("482913", misses=2)).code_for(CITIZEN)

    assert code == "482913"
    assert "482913" in SECRETS.values()


def test_on_the_sandbox_a_code_that_never_comes_is_a_harness_error() -> None:
    with pytest.raises(HarnessError, match="không có mã xác nhận đăng nhập cho 'citizen_l2'"):
        LoginCodeSource(environment(), Phone("482913", misses=10**9)).code_for(CITIZEN)


def test_on_staging_the_code_is_read_from_the_actors_variable() -> None:
    source = LoginCodeSource(environment("DVCQG_CITIZEN_L2_OTP"), None, {"DVCQG_CITIZEN_L2_OTP": " 739104 "})

    assert source.code_for(CITIZEN) == "739104"


def test_on_staging_a_missing_code_says_a_person_must_provide_it() -> None:
    source = LoginCodeSource(environment("DVCQG_CITIZEN_L2_OTP"), None, {})

    with pytest.raises(HarnessError, match="ứng dụng VNeID .* DVCQG_CITIZEN_L2_OTP"):
        source.code_for(CITIZEN)
