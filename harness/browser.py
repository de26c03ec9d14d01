"""Which Chromium to launch: Playwright's own where it was downloaded, else one installed on the system."""

import os
import shutil
import subprocess
from pathlib import Path

from harness.errors import HarnessError

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# The "old headless" build that Playwright's own headless runs use (Debian package chromium-headless-shell): no
# window system to drive, so the suite takes about a third less time here than with the full browser headless.
# A headed run (--headed) needs the full browser.
SYSTEM_HEADLESS_SHELLS = ("chromium-headless-shell",)
# Without the first four, Chromium on a closed network keeps trying to reach Google's hosts at every start;
# --disable-gpu: a headless run has no GPU, and its emulated one cost 6-9 % of the suite's time here.
QUIET_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
              "--disable-gpu"]


def system_chromiums(headless: bool) -> tuple[str, ...]:
    """The names to look for on the PATH, best first."""
    return (SYSTEM_HEADLESS_SHELLS if headless else ()) + SYSTEM_CHROMIUMS


def chromium_executable(configured: str, bundled: str, headless: bool = True) -> str | None:
    """None means Playwright's own build is present and should be used."""
    if configured:
        if not Path(configured).is_file():
            raise HarnessError(
                f"Không thấy trình duyệt tại {configured} (browser.executable / DVCQG_BROWSER): sửa đường dẫn."
            )
        return configured
    if bundled and Path(bundled).is_file():
        return None
    for name in system_chromiums(headless):
        if found := shutil.which(name):
            return found
    raise HarnessError(
        "Không tìm thấy Chromium: chạy lệnh cài đặt trong README (scripts/setup), "
        "hoặc cài gói 'chromium', hoặc đặt DVCQG_BROWSER là đường dẫn tới trình duyệt."
    )


def check_server(address: str) -> str:
    """A Playwright browser server's address, as `playwright run-server` prints it (ws://host:port/)."""
    if not address.startswith(("ws://", "wss://")):
        raise HarnessError(f"Địa chỉ máy chủ trình duyệt '{address}' (browser.server / DVCQG_BROWSER_SERVER) phải "
                           "có dạng ws://máy:cổng/ như `playwright run-server` in ra.")
    return address


def remote_launch_options(executable: str, headless: bool) -> dict:
    """What the server is asked to launch, in the server's own (JavaScript) option names: its own Playwright
    Chromium, or `executable` on its machine (not checked here: it is not this machine's path; the server must
    run with --unsafe to take it and the arguments)."""
    options: dict = {"headless": headless, "args": launch_args(executable or None)}
    if executable:
        options["executablePath"] = executable
    return options


def unreachable_server(address: str, error: Exception) -> HarnessError:
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return HarnessError(f"Không kết nối được máy chủ trình duyệt {address} ({first_line}): kiểm tra máy chủ đang "
                        "chạy và có Chromium (`playwright run-server --port …`, `playwright install chromium` trên "
                        "máy đó) và địa chỉ trong browser.server / DVCQG_BROWSER_SERVER.")


def launch_args(executable: str | None) -> list[str]:
    args = list(QUIET_ARGS)
    if executable and os.geteuid() == 0:
        # A distribution Chromium refuses to start its sandbox as root (CI containers run as root).
        args.append("--no-sandbox")
    return args


def describe_browser(configured: str, server: str = "") -> str:
    """For the report, without launching anything: the Chromium a run will most likely use."""
    if server:
        return f"máy chủ trình duyệt {server}" + (f" ({configured})" if configured else "")
    executable = configured or next((found for name in system_chromiums(headless=True)
                                     if (found := shutil.which(name))), "")
    if not executable:
        return "chromium (Playwright)"
    try:
        answer = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return executable
    return f"{answer.stdout.strip() or executable} ({executable})"
