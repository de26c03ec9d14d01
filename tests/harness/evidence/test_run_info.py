"""environment.properties and executor.json say where and how a run happened, and hold no secret."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from harness.evidence.redaction import CENSORED, SecretRegistry
from harness.evidence.run_info import RunInfo, executor, write_environment, write_executor

STARTED = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def read_properties(path: Path) -> dict[str, str]:
    """Java properties as Allure reads them: key=value lines, backslash escapes, \\uXXXX."""

    def unescape(text: str) -> str:
        return re.sub(r"\\u([0-9a-fA-F]{4})|\\(.)", lambda m: chr(int(m[1], 16)) if m[1] else m[2], text)

    entries = {}
    for line in path.read_text(encoding="ascii").splitlines():
        key, value = re.split(r"(?<!\\)=", line, maxsplit=1)
        entries[unescape(key)] = unescape(value)
    return entries


def test_environment_names_the_environment_urls_browser_and_vietnam_time(tmp_path: Path) -> None:
    info = RunInfo(
        env_name="staging",
        urls={"portal": "https://qa:pw@dvc.example.vn/?token=abc#x", "vneid": "https://vneid.example.vn/"},
        browser="chromium 140.0.7339.16",
        sandbox=False,
    )
    entries = read_properties(write_environment(tmp_path, info, STARTED, SecretRegistry()))
    assert entries["Môi trường"] == "staging"
    assert entries["Sandbox"] == "không"
    assert entries["Trình duyệt"] == "chromium 140.0.7339.16"
    assert entries["URL portal"] == "https://dvc.example.vn/"
    assert entries["URL vneid"] == "https://vneid.example.vn/"
    assert entries["Bắt đầu (giờ Việt Nam)"] == "2026-03-02 08:30:00 +0700"
    assert entries["Python"] and entries["Playwright"]


def test_environment_without_run_info_still_says_versions_and_time(tmp_path: Path) -> None:
    entries = read_properties(write_environment(tmp_path, None, STARTED, SecretRegistry()))
    assert set(entries) == {"Python", "Playwright", "Bắt đầu (giờ Việt Nam)"}


def test_environment_is_scrubbed(tmp_path: Path) -> None:
    secrets = SecretRegistry()
    secrets.register("hidden-path-token", "token")
    info = RunInfo("staging", {"portal": "https://dvc.example.vn/hidden-path-token/"}, "chromium", False)
    assert read_properties(write_environment(tmp_path, info, STARTED, secrets))["URL portal"] == (
        f"https://dvc.example.vn/{CENSORED}/"
    )


def test_a_local_run_is_named_local() -> None:
    assert executor({}) == {"name": "Máy cục bộ", "type": "local", "buildName": "local"}


def test_a_github_actions_run_links_to_its_build(tmp_path: Path) -> None:
    environ = {
        "GITHUB_ACTIONS": "true",
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "so-khcn/dvcqg-e2e",
        "GITHUB_RUN_ID": "123456",
        "GITHUB_RUN_NUMBER": "42",
        "GITHUB_WORKFLOW": "e2e hằng ngày",
        "GITHUB_TOKEN": "ghs_never_written",
    }
    written = json.loads(write_executor(tmp_path, environ, SecretRegistry()).read_text(encoding="utf-8"))
    assert written == {
        "name": "GitHub Actions",
        "type": "github",
        "url": "https://github.com",
        "buildName": "e2e hằng ngày #42",
        "buildOrder": 42,
        "buildUrl": "https://github.com/so-khcn/dvcqg-e2e/actions/runs/123456",
    }
