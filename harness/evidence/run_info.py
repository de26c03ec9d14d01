"""What the report says about a run: `environment.properties` and `executor.json`, never a secret."""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from harness.evidence.redaction import SECRETS, SecretRegistry

# Vietnam has kept UTC+7 without daylight saving since 1975; a fixed offset needs no tz database.
VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")
ENVIRONMENT_FILE = "environment.properties"
EXECUTOR_FILE = "executor.json"
ENV_NAME_KEY = "Môi trường"
URL_KEY_PREFIX = "URL "


@dataclass(frozen=True)
class RunInfo:
    """The resolved environment of a run, as fixtures/env.py knows it."""

    env_name: str
    urls: dict[str, str]
    browser: str  # name and version, e.g. "chromium 140.0.7339.16"
    sandbox: bool


def public_url(url: str) -> str:
    """The URL without user info, query or fragment, where credentials and tokens hide."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2], query="", fragment=""))


def environment_entries(info: RunInfo | None, started_at: datetime) -> dict[str, str]:
    entries: dict[str, str] = {}
    if info is not None:
        entries[ENV_NAME_KEY] = info.env_name
        entries["Sandbox"] = "có" if info.sandbox else "không"
        entries["Trình duyệt"] = info.browser
        entries.update({f"{URL_KEY_PREFIX}{name}": public_url(url) for name, url in sorted(info.urls.items())})
    entries["Python"] = platform.python_version()
    entries["Playwright"] = version("playwright")
    entries["Bắt đầu (giờ Việt Nam)"] = started_at.astimezone(VIETNAM_TIME).strftime("%Y-%m-%d %H:%M:%S %z")
    return entries


def _escape_property(text: str, is_key: bool) -> str:
    # Java properties (read by Allure 2 as ISO-8859-1): escape separators and write non-ASCII as \uXXXX.
    escaped = []
    for char in text:
        if char == "\\":
            escaped.append("\\\\")
        elif char == "\n":
            escaped.append("\\n")
        elif is_key and char in " :=#!":
            escaped.append("\\" + char)
        elif ord(char) > 0x7E:
            encoded = char.encode("utf-16-be")
            escaped.extend(f"\\u{encoded[i]:02x}{encoded[i + 1]:02x}" for i in range(0, len(encoded), 2))
        else:
            escaped.append(char)
    return "".join(escaped)


def write_environment(
    results_dir: Path, info: RunInfo | None, started_at: datetime, registry: SecretRegistry = SECRETS
) -> Path:
    lines = [
        f"{_escape_property(key, is_key=True)}={_escape_property(registry.scrub_text(value), is_key=False)}"
        for key, value in environment_entries(info, started_at).items()
    ]
    path = results_dir / ENVIRONMENT_FILE
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def _unescape_property(text: str) -> str:
    chars, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            following = text[i + 1]
            if following == "u" and i + 5 < len(text):
                chars.append(chr(int(text[i + 2 : i + 6], 16)))
                i += 6
                continue
            chars.append({"n": "\n", "t": "\t"}.get(following, following))
            i += 2
            continue
        chars.append(text[i])
        i += 1
    # Two \uXXXX halves of a character outside the BMP come out as a surrogate pair: join them.
    return "".join(chars).encode("utf-16", "surrogatepass").decode("utf-16")


def read_environment(results_dir: Path) -> dict[str, str]:
    """The entries of a results directory's environment.properties as written above (empty when absent)."""
    path = results_dir / ENVIRONMENT_FILE
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "!")):
            continue
        unescaped_equals = (i for i, char in enumerate(line) if char == "=" and (i == 0 or line[i - 1] != "\\"))
        separator = next(unescaped_equals, len(line))
        entries[_unescape_property(line[:separator])] = _unescape_property(line[separator + 1 :])
    return entries


def executor(environ: Mapping[str, str]) -> dict[str, object]:
    """Who ran the tests: the GitHub Actions run when there is one, else the local machine."""
    if environ.get("GITHUB_ACTIONS") != "true":
        return {"name": "Máy cục bộ", "type": "local", "buildName": "local"}
    server = environ.get("GITHUB_SERVER_URL", "https://github.com")
    run_number = environ.get("GITHUB_RUN_NUMBER", "")
    return {
        "name": "GitHub Actions",
        "type": "github",
        "url": server,
        "buildName": f"{environ.get('GITHUB_WORKFLOW', 'workflow')} #{run_number}",
        "buildOrder": int(run_number) if run_number.isdigit() else None,
        "buildUrl": f"{server}/{environ.get('GITHUB_REPOSITORY', '')}/actions/runs/{environ.get('GITHUB_RUN_ID', '')}",
    }


def write_executor(results_dir: Path, environ: Mapping[str, str], registry: SecretRegistry = SECRETS) -> Path:
    path = results_dir / EXECUTOR_FILE
    body = json.dumps({key: value for key, value in executor(environ).items() if value is not None}, ensure_ascii=False)
    path.write_text(registry.scrub_text(body), encoding="utf-8")
    return path
