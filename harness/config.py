"""Environment files (`envs/<name>.toml`): base URLs, deadlines, the read-only flag and who logs in."""

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from harness.errors import HarnessError

ENVS_DIR = Path(__file__).resolve().parent.parent / "envs"
SUBSYSTEMS = ("portal", "vneid", "motcua", "thanhtoan", "pakn", "sms", "thongke", "dongbo", "setup")
SECTIONS = ("thanhtoan", "sms", "pakn", "thongke", "audits")
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
class UnitSpec:
    """A receiving agency the scenarios name: its mã định danh and where a citizen chooses it."""

    name: str  # as slips and the back office write it: "Công an Phường Tuy Hòa"
    code: str  # QCVN 102 agency code, the first part of its dossier codes: "000.21.31.H15"
    province: str  # "Tỉnh Đắk Lắk"
    choice: str  # what "Chọn cơ quan thực hiện" lists: "Phường Tuy Hòa", "Sở Tài chính"


@dataclass(frozen=True)
class ActorSpec:
    name: str
    kind: str
    level: int | None = None
    roles: tuple[str, ...] = ()
    unit: str | None = None  # the name of a unit of [units]
    id_env: str | None = None
    password_env: str | None = None
    otp_env: str | None = None
    # A command that prints the actor's current VNeID login code (a tester's helper); `{login_id}` and
    # `{url_vneid}` are filled in. Unlike `otp_env`, it can be asked more than once in a run.
    otp_command: tuple[str, ...] = ()
    display_name: str = ""  # the account's họ và tên, as the portal shows it (real environments)
    # Kept for scenarios that need an account no other scenario has used (wrong passwords, consent).
    fresh: bool = False
    # The group exempt from fees the population data lists the citizen in ("ho_ngheo", "nguoi_co_cong",
    # "tre_em_duoi_6_tuoi"); on the sandbox the harness records it through the setup API.
    exemption: str = ""


@dataclass(frozen=True)
class Launch:
    """A bundled sandbox the harness starts as its target, and what is done to it before the run."""

    sandbox_args: tuple[str, ...] = ()
    # Accounts handed out before the run, as a province hands out test accounts (a file beside envs/).
    roster: Path | None = None


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
    # A Playwright browser server (`playwright run-server`, a grid) to run the browsers on instead of this
    # machine: its ws:// address. `browser_executable` is then a path on the server's machine (or empty).
    browser_server: str = ""
    source: Path = field(default=ENVS_DIR)
    units: Mapping[str, UnitSpec] = field(default_factory=dict)
    # Whose one-stop back office the province runs: picks the page objects behind flows/back_office.py.
    motcua_system: str = "sandbox"
    # Set when the harness starts the bundled sandbox: always for `sandbox = true`, by [launch] otherwise.
    launch: Launch | None = None
    # The tables of the subsystems that read their own settings ([thanhtoan], [sms], [pakn], [thongke]):
    # each is parsed and checked by the harness module that uses it.
    sections: Mapping[str, Mapping] = field(default_factory=dict)

    def section(self, name: str) -> Mapping:
        return self.sections.get(name, {})

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

    def unit(self, name: str) -> UnitSpec:
        if name not in self.units:
            raise HarnessError(
                f"Môi trường '{self.name}' không khai báo đơn vị '{name}': thêm [units.\"{name}\"] "
                f"(code, province, choice) vào {self.source}."
            )
        return self.units[name]

    def officer_at(self, unit_name: str, role: str) -> ActorSpec:
        """The first officer of the file who works at the unit with the role (MOT_CUA, CHUYEN_VIEN…)."""
        found = next((spec for spec in self.actors.values() if spec.kind == "officer" and not spec.fresh
                      and spec.unit == unit_name and role in spec.roles), None)
        if found is None:
            raise HarnessError(
                f"Môi trường '{self.name}' không có cán bộ {role} của '{unit_name}': khai báo một [actors.<tên>] "
                f"với kind = \"officer\", roles = [\"{role}\"], unit = \"{unit_name}\" trong {self.source}."
            )
        return found

    def missing_facts(self) -> list[str]:
        """The keys a real environment must state for its checks to be exact (names, units), as `actors.x.key`."""
        if self.sandbox:
            return []
        missing = [f'units."{unit.name}".code' for unit in self.units.values() if not unit.code]
        for spec in self.actors.values():
            if not spec.display_name:
                missing.append(f"actors.{spec.name}.display_name")
            if spec.kind == "officer" and not spec.unit:
                missing.append(f"actors.{spec.name}.unit")
        return missing

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
    """Read `envs/<name>.toml`, or the file `name` when it is a path to a .toml file (a province's own copy);
    URL overrides from the command line win over `DVCQG_URL_*` variables."""
    environ = os.environ if environ is None else environ
    path = Path(name) if name.endswith(".toml") else envs_dir / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(available_environments(envs_dir)) or "(không có tệp nào trong envs/)"
        raise HarnessError(f"Không có môi trường '{name}': chọn --env là một trong {known}, hoặc đường dẫn "
                           f"tới một tệp .toml.")
    name = path.stem if name.endswith(".toml") else name
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
    units = {
        unit_name: UnitSpec(name=unit_name, code=str(spec.get("code", "")), province=str(spec["province"]),
                            choice=str(spec["choice"]))
        for unit_name, spec in raw.get("units", {}).items()
    }
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
            otp_command=tuple(str(part) for part in spec.get("otp_command", ())),
            display_name=str(spec.get("display_name", "")),
            fresh=bool(spec.get("fresh", False)),
            exemption=str(spec.get("exemption", "")),
        )
        for actor_name, spec in raw.get("actors", {}).items()
    }
    for spec in actors.values():
        if spec.unit is not None and spec.unit not in units:
            raise ValueError(f"actors.{spec.name}.unit = '{spec.unit}' (không có trong [units])")
    sandbox = bool(raw.get("sandbox", False))
    return Environment(
        name=name,
        description=str(raw.get("description", "")),
        read_only=bool(raw["read_only"]),
        sandbox=sandbox,
        urls=urls,
        deadlines=deadlines,
        actors=actors,
        browser_executable=environ.get("DVCQG_BROWSER") or str(raw.get("browser", {}).get("executable", "")),
        browser_server=environ.get("DVCQG_BROWSER_SERVER") or str(raw.get("browser", {}).get("server", "")),
        source=path,
        units=units,
        motcua_system=str(raw.get("motcua", {}).get("system", "sandbox")),
        launch=_launch(raw, path, sandbox),
        sections={name: raw[name] for name in SECTIONS if isinstance(raw.get(name), dict)},
    )


def _launch(raw: dict, path: Path, sandbox: bool) -> Launch | None:
    section = raw.get("launch")
    if section is None:
        return Launch() if sandbox else None
    roster = section.get("roster")
    return Launch(sandbox_args=tuple(str(arg) for arg in section.get("sandbox_args", ())),
                  roster=(path.parent / roster) if roster else None)
