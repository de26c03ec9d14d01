"""The rehearsal's roster (what the province hands out) and its environment file (what testers copied) agree,
and handing out the accounts puts every credential in the variables the file names."""

import tomllib

import pytest

from harness.config import load_environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS
from harness.rehearsal import hand_out_accounts


def roster() -> dict:
    return tomllib.loads(load_environment("rehearsal", environ={}).launch.roster.read_text(encoding="utf-8"))


def test_every_rostered_person_is_an_actor_with_the_same_name_and_unit() -> None:
    env = load_environment("rehearsal", environ={})
    people = roster()

    for actor, citizen in people["citizens"].items():
        assert (env.actor(actor).display_name, env.actor(actor).level) == (citizen["ho_va_ten"], citizen["level"])
        assert env.actor(actor).otp_command, actor
    for actor, officer in people["officers"].items():
        spec = env.actor(actor)
        assert (spec.display_name, spec.unit, spec.roles) == (officer["ho_va_ten"], officer["unit"],
                                                              tuple(officer["roles"]))
    assert set(env.actors) == set(people["citizens"]) | set(people["officers"])


class FakeSetup:
    created: list[tuple[str, dict]] = []

    def __init__(self, base_url: str, timeout_ms: int) -> None:
        self.base_url = base_url

    def create_citizen(self, person: dict, level: int, password: str) -> None:
        self.created.append(("citizen", {**person, "level": level}))

    def create_officer(self, username: str, password: str, ho_va_ten: str, unit_code: str, roles: list) -> None:
        self.created.append(("officer", {"username": username, "unit_code": unit_code}))

    def set_exemption(self, so_dinh_danh: str, group: str | None) -> None:
        self.created.append(("exempt group", {"so_dinh_danh": so_dinh_danh, "doi_tuong_mien": group}))

    def close(self) -> None:
        pass


def test_handing_out_fills_the_named_variables_with_secret_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("harness.rehearsal.SetupClient", FakeSetup)
    # The audits' examples are prepared against a real sandbox (their own tests and features): here only noted.
    monkeypatch.setattr("harness.rehearsal.prepare_examples",
                        lambda setup, env, environ: FakeSetup.created.append(("examples", {})))
    env = load_environment("rehearsal", environ={})
    environ: dict[str, str] = {}

    hand_out_accounts(env, "http://127.0.0.1:9", env.launch.roster, environ)

    citizen = env.actor("citizen_l2")
    assert environ[citizen.id_env] == roster()["citizens"]["citizen_l2"]["so_dinh_danh"]
    assert environ[citizen.password_env] in SECRETS.values()
    assert ("officer", {"username": "lanhdao.ca.tuyhoa", "unit_code": "000.21.31.H15"}) in FakeSetup.created
    poor = roster()["citizens"]["citizen_ho_ngheo"]["so_dinh_danh"]
    assert ("exempt group", {"so_dinh_danh": poor, "doi_tuong_mien": "ho_ngheo"}) in FakeSetup.created
    assert len({environ[spec.password_env] for spec in env.actors.values()}) == len(env.actors)
    assert FakeSetup.created[-1] == ("examples", {})


def test_a_rostered_account_without_an_actor_is_one_sentence(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("harness.rehearsal.SetupClient", FakeSetup)
    odd = tmp_path / "roster.toml"
    odd.write_text('[officers.nobody]\nusername = "x"\nho_va_ten = "X"\nunit = "Sở Tài chính"\nroles = []\n',
                   encoding="utf-8")
    with pytest.raises(HarnessError, match="nobody"):
        hand_out_accounts(load_environment("rehearsal", environ={}), "http://127.0.0.1:9", odd, {})
