"""Scrubs what allure-pytest-bdd writes, in the process that writes it, as it writes it.

A secret can reach a result file without passing through our attachments: allure-pytest-bdd records the
value of every step argument (a `password` fixture, a parsed login code) as a step parameter, and the
failure trace shows frame arguments. Under pytest-xdist such secrets are often generated on a worker,
which the controller never learns about, so the controller's final scrub cannot be the only one.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import allure_commons
import attr

from harness.evidence.redaction import SECRETS, SecretRegistry, scrub_file


class ResultScrubber:
    """An allure-commons plugin: scrubs results before they are written and attachments right after."""

    def __init__(self, results_dir: Path, registry: SecretRegistry = SECRETS) -> None:
        self._results_dir = results_dir
        self._registry = registry

    @allure_commons.hookimpl(tryfirst=True)
    def report_result(self, result: object) -> None:
        self._scrub_model(result)

    @allure_commons.hookimpl(tryfirst=True)
    def report_container(self, container: object) -> None:
        self._scrub_model(container)

    @allure_commons.hookimpl(tryfirst=True)
    def report_globals(self, globals_item: object) -> None:
        self._scrub_model(globals_item)

    @allure_commons.hookimpl(hookwrapper=True)
    def report_attached_data(self, body: object, file_name: str) -> Generator[None, None, None]:
        yield
        scrub_file(self._results_dir / file_name, self._registry)

    @allure_commons.hookimpl(hookwrapper=True)
    def report_attached_file(self, source: object, file_name: str) -> Generator[None, None, None]:
        yield
        scrub_file(self._results_dir / file_name, self._registry)

    def _scrub_model(self, model: object) -> None:
        for field in attr.fields(type(model)):
            setattr(model, field.name, self._scrubbed(getattr(model, field.name)))

    def _scrubbed(self, value: object) -> object:
        if isinstance(value, str):
            return self._registry.scrub_text(value)
        if isinstance(value, list):
            return [self._scrubbed(item) for item in value]
        if attr.has(type(value)):
            self._scrub_model(value)
        return value
