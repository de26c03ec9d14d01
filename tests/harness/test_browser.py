"""Which Chromium a run launches: the configured one, Playwright's own, else the system's lightest that fits."""

from pathlib import Path

import pytest

from harness import browser
from harness.browser import chromium_executable
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
