"""Attachments added to the running Allure test or step, always scrubbed of secrets.

Without `--alluredir` allure-pytest-bdd is not listening and every function here does nothing.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import allure

from harness.evidence.redaction import SECRETS


def _jsonable(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def attach_seen(name: str, data: object) -> None:
    """Attach the data a step saw (dossier code, status, SMS text, receipt): a str as text, anything else as JSON."""
    if isinstance(data, str):
        allure.attach(SECRETS.scrub_text(data), name=name, attachment_type=allure.attachment_type.TEXT)
        return
    body = json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable)
    allure.attach(SECRETS.scrub_text(body), name=name, attachment_type=allure.attachment_type.JSON)


def attach_text(name: str, text: str) -> None:
    allure.attach(SECRETS.scrub_text(text), name=name, attachment_type=allure.attachment_type.TEXT)


def attach_screenshot(jpeg: bytes) -> None:
    # allure's own JPG type says "image/jpg", which is no MIME type: the report would not show it as an image.
    allure.attach(jpeg, name="Ảnh màn hình", attachment_type="image/jpeg", extension="jpg")


def attach_trace(path: Path, name: str) -> None:
    """Attach a trace zip that has already been scrubbed; a plain zip, which the report offers as a download."""
    allure.attach.file(path, name=name, attachment_type="application/zip", extension="zip")
