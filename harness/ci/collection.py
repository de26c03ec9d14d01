"""The scenarios a pytest selection collects, each with the key its Allure results carry.

Collected in this process (`pytest --collect-only` with a recording plugin) rather than read from
`pytest --collect-only -q`: the key needs the scenario's `@id:<slug>` tag and its example row, which a node id
does not hold. The collection writes its (empty) Allure results to a scratch folder, so that it never replaces
the results of the last run in reports/allure-results.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry

from harness.defects.scenario_tags import STABLE_ID, values_of
from harness.errors import HarnessError

OUTLINE_ROW = "_pytest_bdd_example"


@dataclass(frozen=True)
class Scenario:
    node_id: str
    key: str


def scenario_key(slug: str, row: Mapping[str, str]) -> str:
    """A scenario's stable key: its `@id` slug, and for an outline the example row ("slug[cột=giá trị, …]")."""
    if not row:
        return slug
    return f"{slug}[{', '.join(f'{name}={value}' for name, value in sorted(row.items()))}]"


class _Recorder:
    def __init__(self) -> None:
        self.scenarios: list[Scenario] = []

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for item in session.items:
            template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))
            slugs = values_of(template.tags, STABLE_ID) if template is not None else []
            callspec = getattr(item, "callspec", None)
            row = callspec.params.get(OUTLINE_ROW, {}) if callspec is not None else {}
            self.scenarios.append(Scenario(item.nodeid, scenario_key(slugs[0], row) if slugs else item.nodeid))


def collect_scenarios(pytest_args: Sequence[str] = ()) -> list[Scenario]:
    """The scenarios `pytest <pytest_args>` would run from the project folder, in pytest's order."""
    recorder, output = _Recorder(), io.StringIO()
    with tempfile.TemporaryDirectory(prefix="dvcqg-collect-") as scratch, contextlib.redirect_stdout(output):
        code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", f"--alluredir={scratch}",
                            *pytest_args], plugins=[recorder])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        last = (output.getvalue().strip().splitlines() or ["?"])[-1]
        raise HarnessError(f"pytest không thu thập được các kịch bản (mã {int(code)}): {last}")
    return recorder.scenarios
