"""Environment files and the one-sentence errors a user sees when they are wrong."""

from pathlib import Path

import pytest

from harness.actors import account_from_environment
from harness.config import ENVS_DIR, load_environment
from harness.errors import HarnessError


def test_every_shipped_environment_loads() -> None:
    for name in ("sandbox", "staging", "production"):
        env = load_environment(name, environ={})
        assert env.url("portal")
        assert env.deadlines.expect > 0


def test_production_is_read_only_and_sandbox_is_not() -> None:
    assert load_environment("production", environ={}).read_only
    assert not load_environment("sandbox", environ={}).read_only
    assert load_environment("sandbox", environ={}).sandbox


def test_unknown_environment_names_the_known_ones() -> None:
    with pytest.raises(HarnessError) as error:
        load_environment("stagng", environ={})
    message = str(error.value)
    assert "stagng" in message and "sandbox" in message and "staging" in message
    assert "\n" not in message


def test_malformed_file_says_which_file(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("read_only = [", encoding="utf-8")
    with pytest.raises(HarnessError, match="broken.toml"):
        load_environment("broken", envs_dir=tmp_path, environ={})


def test_missing_key_says_which_key(tmp_path: Path) -> None:
    (tmp_path / "half.toml").write_text('read_only = false\n[urls]\nportal = "x"\n', encoding="utf-8")
    with pytest.raises(HarnessError, match="deadlines"):
        load_environment("half", envs_dir=tmp_path, environ={})


def test_sandbox_origin_fills_every_url() -> None:
    env = load_environment("sandbox", environ={}).with_sandbox_origin("http://127.0.0.1:9999/")
    assert env.url("portal") == "http://127.0.0.1:9999"
    assert env.url("vneid") == "http://127.0.0.1:9999/vneid"
    assert all("{sandbox}" not in url for url in env.urls.values())


def test_url_overrides_win_over_variables_which_win_over_the_file() -> None:
    env = load_environment("staging", environ={"DVCQG_URL_PORTAL": "https://a.example", "DVCQG_URL_PAKN": "https://p"},
                           url_overrides={"portal": "https://b.example"})
    assert env.url("portal") == "https://b.example"
    assert env.url("pakn") == "https://p"


def test_a_subsystem_without_address_is_a_clear_error() -> None:
    env = load_environment("staging", environ={})
    with pytest.raises(HarnessError, match="DVCQG_URL_SMS"):
        env.url("sms")


def test_missing_credential_names_the_variable_and_what_to_do() -> None:
    spec = load_environment("staging", environ={}).actor("citizen_l2")
    with pytest.raises(HarnessError) as error:
        account_from_environment(spec, {"DVCQG_CITIZEN_L2_ID": "001099012345"})
    assert "DVCQG_CITIZEN_L2_PASSWORD" in str(error.value)
    assert ".env" in str(error.value)


def test_credentials_come_from_variables_and_never_show_in_repr() -> None:
    spec = load_environment("staging", environ={}).actor("citizen_l2")
    account = account_from_environment(
        spec, {"DVCQG_CITIZEN_L2_ID": "001099012345", "DVCQG_CITIZEN_L2_PASSWORD": "S3cret-pass"})
    assert account.password == "S3cret-pass"
    assert "S3cret-pass" not in repr(account)


def test_no_environment_file_holds_a_secret() -> None:
    for path in ENVS_DIR.glob("*.toml"):
        text = path.read_text(encoding="utf-8").lower()
        assert "password =" not in text and "mat_khau" not in text, path
