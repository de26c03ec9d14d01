"""Which Chromium to launch: Playwright's own where it was downloaded, else one installed on the system."""

import os
import shutil
import subprocess
from pathlib import Path

from harness.errors import HarnessError

SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Without these, Chromium on a closed network keeps trying to reach Google's hosts at every start.
QUIET_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_executable(configured: str, bundled: str) -> str | None:
    """None means Playwright's own build is present and should be used."""
    if configured:
        if not Path(configured).is_file():
            raise HarnessError(
                f"Không thấy trình duyệt tại {configured} (browser.executable / DVCQG_BROWSER): sửa đường dẫn."
            )
        return configured
    if bundled and Path(bundled).is_file():
        return None
    for name in SYSTEM_CHROMIUMS:
        if found := shutil.which(name):
            return found
    raise HarnessError(
        "Không tìm thấy Chromium: chạy lệnh cài đặt trong README (scripts/setup), "
        "hoặc cài gói 'chromium', hoặc đặt DVCQG_BROWSER là đường dẫn tới trình duyệt."
    )


def launch_args(executable: str | None) -> list[str]:
    args = list(QUIET_ARGS)
    if executable and os.geteuid() == 0:
        # A distribution Chromium refuses to start its sandbox as root (CI containers run as root).
        args.append("--no-sandbox")
    return args


def describe_browser(configured: str) -> str:
    """For the report, without launching anything: the Chromium a run will most likely use."""
    executable = configured or next((found for name in SYSTEM_CHROMIUMS if (found := shutil.which(name))), "")
    if not executable:
        return "chromium (Playwright)"
    try:
        answer = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return executable
    return f"{answer.stdout.strip() or executable} ({executable})"
