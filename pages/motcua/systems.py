"""The one-stop systems the harness can drive, by the name an environment file gives them in
`[motcua] system = "..."` (default "sandbox"); flows/back_office.py asks here which one the run is on."""

from collections.abc import Callable

from playwright.sync_api import Page

from harness.config import Environment
from harness.errors import HarnessError
from pages.motcua.sandbox.system import SandboxBackOffice
from pages.motcua.system import BackOfficeSystem

SystemOnPage = Callable[[Page, Environment], BackOfficeSystem]

SYSTEMS: dict[str, SystemOnPage] = {
    "sandbox": SandboxBackOffice,
}


def system_for(env: Environment) -> SystemOnPage:
    """The implementation of the environment's one-stop system, or one sentence that says what to add."""
    name = env.motcua_system
    if name not in SYSTEMS:
        raise HarnessError(
            f"Môi trường '{env.name}' dùng hệ thống Một cửa điện tử '{name}' ([motcua] system trong {env.source}) "
            f"mà harness chưa có (chỉ có: {', '.join(sorted(SYSTEMS))}): sửa tên đó, hoặc viết page object của "
            f"hệ thống trong pages/motcua/{name}/ theo BackOfficeSystem (pages/motcua/system.py) và thêm "
            f"\"{name}\" vào SYSTEMS trong pages/motcua/systems.py."
        )
    return SYSTEMS[name]
