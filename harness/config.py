"""Environment files (`envs/<name>.toml`): base URLs, deadlines, the read-only flag and who logs in."""

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from harness.errors import HarnessError

ENVS_DIR = Path(__file__).resolve().parent.parent / "envs"
SUBSYSTEMS = ("portal", "vneid", "motcua", "thanhtoan", "pakn", "sms", "thongke", "dongbo", "setup")
DEADLINES = ("action", "navigation", "expect", "status_sync", "poll_interval", "host_check")


@dataclass(frozen=True)
class Deadlines:
    """Milliseconds; staging is slower than the sandbox, so every wait reads its deadline from here."""

    action: int
    navigation: int
    expect: int
    status_sync: int
    poll_interval: int
    host_check: int


@dataclass(frozen=True)
class ActorSpec:
    name: str
    kind: str
    level: int | None = None
    roles: tuple[str, ...] = ()
    unit: str | None = None
    id_env: str | None = None
    password_env: str | None = None
    otp_env: str | None = None


@dataclass(frozen=True)
class Environment:
    name: str
    description: str
    read_only: bool
    sandbox: bool
    urls: Mapping[str, str]
    deadlines: Deadlines
    actors: Mapping[str, ActorSpec]
    browser_executable: str = ""
    source: Path = field(default=ENVS_DIR)

    def url(self, subsystem: str) -> str:
        value = self.urls.get(subsystem, "")
        if not value:
            raise HarnessError(
                f"Môi trường '{self.name}' không khai báo địa chỉ của '{subsystem}': thêm urls.{subsystem} "
                f"vào {self.source} hoặc đặt biến DVCQG_URL_{subsystem.upper()}."
            )
        return value.rstrip("/")

    def actor(self, name: str) -> ActorSpec:
        if name not in self.actors:
            raise HarnessError(
                f"Môi trường '{self.name}' không có tác nhân '{name}': khai báo [actors.{name}] trong {self.source}."
            )
        return self.actors[name]

    def with_sandbox_origin(self, origin: str) -> "Environment":
        """Fill `{sandbox}` in every URL with the origin of the sandbox the harness started."""
        urls = {key: value.replace("{sandbox}", origin.rstrip("/")) for key, value in self.urls.items()}
        return replace(self, urls=urls)


def available_environments(envs_dir: Path = ENVS_DIR) -> list[str]:
    return sorted(path.stem for path in envs_dir.glob("*.toml"))


def load_environment(
    name: str,
    envs_dir: Path = ENVS_DIR,
    url_overrides: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Environment:
    """Read `envs/<name>.toml`; URL overrides from the command line win over `DVCQG_URL_*` variables."""
    environ = os.environ if environ is None else environ
    path = envs_dir / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(available_environments(envs_dir)) or "(không có tệp nào trong envs/)"
        raise HarnessError(f"Không có môi trường '{name}': chọn --env là một trong {known}.")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise HarnessError(f"Tệp {path} không đúng cú pháp TOML ({error}): sửa tệp rồi chạy lại.") from None
    try:
        return _parse(name, path, raw, url_overrides or {}, environ)
    except (KeyError, TypeError, ValueError) as error:
        raise HarnessError(f"Tệp {path} thiếu hoặc sai khoá {error}: so với envs/sandbox.toml rồi sửa lại.") from None


def _parse(name: str, path: Path, raw: dict, overrides: Mapping[str, str], environ: Mapping[str, str]) -> Environment:
    urls = {key: str(raw["urls"].get(key, "")) for key in SUBSYSTEMS}
    for key in SUBSYSTEMS:
        if value := environ.get(f"DVCQG_URL_{key.upper()}"):
            urls[key] = value
    for key, value in overrides.items():
        if key not in SUBSYSTEMS:
            raise ValueError(f"urls.{key}")
        urls[key] = value
    deadlines = Deadlines(**{key: int(raw["deadlines"][key]) for key in DEADLINES})
    actors = {
        actor_name: ActorSpec(
            name=actor_name,
            kind=str(spec["kind"]),
            level=spec.get("level"),
            roles=tuple(spec.get("roles", ())),
            unit=spec.get("unit"),
            id_env=spec.get("id_env"),
            password_env=spec.get("password_env"),
            otp_env=spec.get("otp_env"),
        )
        for actor_name, spec in raw.get("actors", {}).items()
    }
    return Environment(
        name=name,
        description=str(raw.get("description", "")),
        read_only=bool(raw["read_only"]),
        sandbox=bool(raw.get("sandbox", False)),
        urls=urls,
        deadlines=deadlines,
        actors=actors,
        browser_executable=environ.get("DVCQG_BROWSER") or str(raw.get("browser", {}).get("executable", "")),
        source=path,
    )
