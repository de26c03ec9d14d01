"""Which Chromium a run launches: the configured one, Playwright's own, else the system's lightest that fits; or what a
shared browser server is asked to launch."""

from pathlib import Path

import pytest

from harness import browser
from harness.browser import check_server, chromium_executable, launch_args, remote_launch_options
from harness.errors import HarnessError


@pytest.fixture
def on_path(monkeypatch):
    """Pretend these programs (name → path) are the only ones on the PATH."""
    def install(**programs: str) -> None:
        monkeypatch.setattr(browser.shutil, "which", lambda name: programs.get(name.replace("-", "_")))
    return install


def test_a_headless_run_takes_the_headless_shell_over_the_full_browser(on_path) -> None:
    on_path(chromium="/usr/bin/chromium", chromium_headless_shell="/usr/bin/chromium-headless-shell")

    assert chromium_executable("", "") == "/usr/bin/chromium-headless-shell"


def test_a_headed_run_takes_the_full_browser(on_path) -> None:
    on_path(chromium="/usr/bin/chromium", chromium_headless_shell="/usr/bin/chromium-headless-shell")

    assert chromium_executable("", "", headless=False) == "/usr/bin/chromium"


def test_without_the_shell_the_full_browser_runs_headless(on_path) -> None:
    on_path(chromium="/usr/bin/chromium")

    assert chromium_executable("", "") == "/usr/bin/chromium"


def test_playwrights_own_build_comes_before_the_system(on_path, tmp_path: Path) -> None:
    bundled = tmp_path / "chrome"
    bundled.write_text("")
    on_path(chromium_headless_shell="/usr/bin/chromium-headless-shell")

    assert chromium_executable("", str(bundled)) is None


def test_the_configured_browser_wins_and_must_exist(on_path, tmp_path: Path) -> None:
    configured = tmp_path / "my-chrome"
    configured.write_text("")
    on_path(chromium_headless_shell="/usr/bin/chromium-headless-shell")

    assert chromium_executable(str(configured), "") == str(configured)
    with pytest.raises(HarnessError, match="Không thấy trình duyệt tại"):
        chromium_executable(str(tmp_path / "missing"), "")


def test_no_browser_at_all_says_how_to_install_one(on_path) -> None:
    on_path()

    with pytest.raises(HarnessError, match="scripts/setup"):
        chromium_executable("", "")


def test_a_browser_server_address_must_be_a_websocket() -> None:
    assert check_server("ws://may-chu:3000/") == "ws://may-chu:3000/"
    with pytest.raises(HarnessError, match="ws://máy:cổng/"):
        check_server("http://may-chu:3000/")


def test_the_server_is_asked_in_its_own_option_names() -> None:
    assert remote_launch_options("", headless=True) == {"headless": True, "args": launch_args(None)}
    named = remote_launch_options("/usr/bin/chromium-headless-shell", headless=False)
    assert named["executablePath"] == "/usr/bin/chromium-headless-shell" and named["headless"] is False
