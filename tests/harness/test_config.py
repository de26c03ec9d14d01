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


def test_a_real_environment_names_every_fact_its_checks_need_and_the_sandbox_needs_none() -> None:
    missing = load_environment("staging", environ={}).missing_facts()

    assert "actors.citizen_l2.display_name" in missing
    assert 'units."Công an Phường Tuy Hòa".code' in missing
    assert load_environment("sandbox", environ={}).missing_facts() == []
    assert load_environment("rehearsal", environ={}).missing_facts() == []


def test_an_officer_is_found_by_unit_and_role_and_a_missing_one_says_what_to_add() -> None:
    env = load_environment("sandbox", environ={})

    assert env.officer_at("Công an Phường Tuy Hòa", "LANH_DAO_DON_VI").name == "officer_lanh_dao_cong_an"
    with pytest.raises(HarnessError, match='roles = \\["LANH_DAO_DON_VI"\\], unit = "Sở Tài chính"'):
        env.officer_at("Sở Tài chính", "LANH_DAO_DON_VI")


def test_units_state_the_code_a_dossier_code_starts_with() -> None:
    env = load_environment("sandbox", environ={})

    assert env.unit("Công an Phường Tuy Hòa").code == "000.21.31.H15"
    assert env.unit("Ủy ban nhân dân Phường Biên Hòa").province == "Thành phố Đồng Nai"
    with pytest.raises(HarnessError, match="Phường Không Có"):
        env.unit("Phường Không Có")


def test_an_actor_at_an_unknown_unit_is_a_malformed_file(tmp_path: Path) -> None:
    text = (ENVS_DIR / "sandbox.toml").read_text(encoding="utf-8").replace(
        'unit = "Công an Phường Buôn Ma Thuột"', 'unit = "Công an Phường Không Có"')
    (tmp_path / "odd.toml").write_text(text, encoding="utf-8")
    with pytest.raises(HarnessError, match="Công an Phường Không Có"):
        load_environment("odd", envs_dir=tmp_path, environ={})


def test_the_rehearsal_starts_a_sandbox_it_treats_as_staging() -> None:
    rehearsal = load_environment("rehearsal", environ={})

    assert not rehearsal.sandbox and rehearsal.launch is not None and rehearsal.launch.roster.is_file()
    assert not rehearsal.urls["setup"]
    assert load_environment("sandbox", environ={}).launch is not None
    assert load_environment("staging", environ={}).launch is None


def test_a_province_s_own_file_is_named_by_its_path(tmp_path: Path) -> None:
    own = tmp_path / "dak_lak_staging.toml"
    own.write_text((ENVS_DIR / "staging.toml").read_text(encoding="utf-8"), encoding="utf-8")

    env = load_environment(str(own), environ={})

    assert (env.name, env.source) == ("dak_lak_staging", own)
    with pytest.raises(HarnessError, match="không-có.toml"):
        load_environment(str(tmp_path / "không-có.toml"), environ={})
