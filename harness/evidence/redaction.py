"""Secrets the harness knows, and scrubbing them out of everything it writes.

Every password, login code, token and session cookie the harness reads or generates is registered in
`SECRETS` (one registry per process). Attachments, traces and Allure results are scrubbed of each secret
in every form it takes on the way: plain, URL-encoded (form bodies, query strings), JSON-escaped (trace
and result files) and HTML-escaped (page snapshots in traces).
"""

from __future__ import annotations

import html
import json
import os
import re
import threading
import zipfile
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote, quote_plus

CENSORED = "[CENSORED]"
MIN_SECRET_LENGTH = 4
SECRET_VARIABLE = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|OTP|API_KEY|PRIVATE_KEY|COOKIE", re.IGNORECASE)


def _encoded_forms(value: str) -> set[str]:
    return {
        value,
        quote_plus(value),
        quote(value),
        quote(value, safe=""),
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        html.escape(value),
    }


class SecretRegistry:
    """The secrets of this process; scrubs text and bytes of them."""

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}
        self._lock = threading.Lock()
        self._patterns: tuple[re.Pattern[str], re.Pattern[bytes]] | None = None

    def register(self, value: str | None, label: str) -> None:
        """Remember a secret; values shorter than MIN_SECRET_LENGTH are ignored.

        Scrubbing a two- or three-character value would shred every date, code and count in the evidence;
        login codes (6 digits) are long enough to register.
        """
        if not value or len(value) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            if value not in self._labels:
                self._labels[value] = label
                self._patterns = None

    def register_environment(self, environ: Mapping[str, str]) -> None:
        """Register the value of every variable whose name says it holds a credential (…PASSWORD, …TOKEN)."""
        for name, value in environ.items():
            if SECRET_VARIABLE.search(name):
                self.register(value, name)

    def values(self) -> list[str]:
        """The registered secrets themselves, for the secret audit's fingerprints only."""
        with self._lock:
            return list(self._labels)

    def scrub_text(self, text: str) -> str:
        patterns = self._compiled()
        return text if patterns is None else patterns[0].sub(CENSORED, text)

    def scrub_bytes(self, data: bytes) -> bytes:
        patterns = self._compiled()
        return data if patterns is None else patterns[1].sub(CENSORED.encode(), data)

    def __repr__(self) -> str:
        # Labels only: a registry printed in a log or a traceback must not leak what it protects.
        return f"SecretRegistry(labels={sorted(set(self._labels.values()))})"

    def _compiled(self) -> tuple[re.Pattern[str], re.Pattern[bytes]] | None:
        with self._lock:
            if self._patterns is None and self._labels:
                # Longest first, so that a secret containing another one is replaced whole.
                forms = sorted(
                    {form for value in self._labels for form in _encoded_forms(value)}, key=len, reverse=True
                )
                self._patterns = (
                    re.compile("|".join(re.escape(form) for form in forms)),
                    re.compile(b"|".join(re.escape(form.encode()) for form in forms)),
                )
            return self._patterns


SECRETS = SecretRegistry()


def _scrub_if_text(data: bytes, registry: SecretRegistry) -> bytes:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return registry.scrub_bytes(data)


def _replace_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".scrubbing")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def scrub_trace(zip_path: Path, registry: SecretRegistry = SECRETS) -> bool:
    """Rewrite a Playwright trace (or any zip) with every text entry scrubbed; True if anything changed.

    Traces hold the values given to fill(), POST bodies and DOM snapshots. Binary entries (screencast
    frames) cannot be scrubbed: start tracing without screenshots (see tracing.start_context_tracing).
    """
    temporary = zip_path.with_name(zip_path.name + ".scrubbing")
    changed = False
    with zipfile.ZipFile(zip_path) as source, zipfile.ZipFile(temporary, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            scrubbed = _scrub_if_text(data, registry)
            changed = changed or scrubbed != data
            target.writestr(entry, scrubbed)
    if changed:
        os.replace(temporary, zip_path)
    else:
        temporary.unlink()
    return changed


def scrub_file(path: Path, registry: SecretRegistry = SECRETS) -> bool:
    """Scrub one result or attachment file in place (zips entry by entry, images untouched); True if changed."""
    if zipfile.is_zipfile(path):
        return scrub_trace(path, registry)
    data = path.read_bytes()
    scrubbed = _scrub_if_text(data, registry)
    if scrubbed == data:
        return False
    _replace_atomically(path, scrubbed)
    return True


def scrub_results_dir(results_dir: Path, registry: SecretRegistry = SECRETS) -> int:
    """Scrub every file of an Allure results directory; returns how many files changed."""
    return sum(scrub_file(path, registry) for path in sorted(results_dir.iterdir()) if path.is_file())
