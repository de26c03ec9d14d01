"""The province's part of the staging rehearsal (`--env=rehearsal`): test accounts handed out before the run.

On staging a province creates test accounts and gives the testers their login ids and passwords, which go into
the variables the environment file names; the testers copy the names and units into the file. The rehearsal
starts the bundled sandbox and does the province's part once, before any scenario: every account of the roster
(data/rehearsal-roster.toml, synthetic people) is created with a random password through the sandbox's
administration (its setup API, reached here and nowhere else), and its login id and password are placed in the
variables of its actor; the state the audits' example lists are checked against is prepared the same way
(harness/audits/examples/). From there on the harness knows the sandbox only as it knows staging.
"""

import tomllib
from collections.abc import MutableMapping
from pathlib import Path

from harness.actors import new_password
from harness.audits.examples import prepare_examples
from harness.clients.sandbox_setup import SetupClient, SetupRefused
from harness.config import Environment
from harness.errors import HarnessError
from harness.evidence.redaction import SECRETS

CITIZEN_FIELDS = ("so_dinh_danh", "ho_va_ten", "ngay_sinh", "gioi_tinh", "so_dien_thoai", "email", "thuong_tru",
                  "noi_o_hien_nay")


def read_roster(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HarnessError(f"Không đọc được danh sách tài khoản diễn tập {path} ({error}): sửa tệp rồi chạy lại.") \
            from None


def hand_out_accounts(env: Environment, origin: str, roster_path: Path, environ: MutableMapping[str, str]) -> None:
    """Create the roster's accounts in the sandbox at `origin`; put each login id and password in its variables."""
    roster = read_roster(roster_path)
    setup = SetupClient(f"{origin.rstrip('/')}/_setup", env.deadlines.action)
    try:
        for actor, person in roster.get("citizens", {}).items():
            spec = _actor(env, actor, roster_path)
            password = new_password()
            SECRETS.register(password, f"mật khẩu của {actor}")
            setup.create_citizen({key: str(person[key]) for key in CITIZEN_FIELDS}, level=int(person["level"]),
                                 password=password)
            if spec.exemption:
                setup.set_exemption(str(person["so_dinh_danh"]), spec.exemption)
            _place(environ, spec.id_env, str(person["so_dinh_danh"]), spec.password_env, password)
        for actor, officer in roster.get("officers", {}).items():
            spec = _actor(env, actor, roster_path)
            password = new_password()
            SECRETS.register(password, f"mật khẩu của {actor}")
            setup.create_officer(str(officer["username"]), password, str(officer["ho_va_ten"]),
                                 env.unit(str(officer["unit"])).code, [str(role) for role in officer["roles"]])
            _place(environ, spec.id_env, str(officer["username"]), spec.password_env, password)
        prepare_examples(setup, env, environ)
    except (KeyError, TypeError) as error:
        raise HarnessError(f"Danh sách tài khoản diễn tập {roster_path} thiếu khoá {error}: sửa tệp rồi chạy lại.") \
            from None
    except SetupRefused as refusal:
        raise HarnessError(f"Sandbox không tạo được tài khoản diễn tập ({refusal}): sửa {roster_path}.") from None
    finally:
        setup.close()


def _actor(env: Environment, actor: str, roster_path: Path):
    spec = env.actors.get(actor)
    if spec is None or not spec.id_env or not spec.password_env:
        raise HarnessError(
            f"Tài khoản '{actor}' của {roster_path} không có [actors.{actor}] với id_env và password_env trong "
            f"{env.source}: thêm vào rồi chạy lại."
        )
    return spec


def _place(environ: MutableMapping[str, str], id_env: str, login_id: str, password_env: str, password: str) -> None:
    environ[id_env] = login_id
    environ[password_env] = password
