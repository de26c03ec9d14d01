"""The tags of every scenario in the feature files, each with the line it is written on.

The checks read the feature files themselves rather than the items pytest collected: the scenarios that exist
do not depend on what a run selects (-k, -m, a path, --defect), so a register entry is checked against all of
them on every run, and a tag's line is known (pytest-bdd keeps the scenario's line, not its tags').
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from allure_commons.utils import md5
from pytest_bdd.gherkin_parser import Scenario, Tag, get_gherkin_document

STABLE_ID = "id"
DEFECT = "loi"


@dataclass(frozen=True)
class TagAt:
    name: str
    value: str
    line: int


@dataclass(frozen=True)
class ScenarioTags:
    feature: Path
    line: int
    name: str
    own: tuple[TagAt, ...]
    inherited: tuple[TagAt, ...]

    def own_values(self, name: str) -> list[TagAt]:
        return [tag for tag in self.own if tag.name == name]

    def values(self, name: str) -> list[TagAt]:
        """This name's tags on the scenario or on its feature or rule, which pytest-bdd applies to it too."""
        return [tag for tag in (*self.inherited, *self.own) if tag.name == name]


def stable_case_id(stable_id: str) -> str:
    """The Allure testCaseId of the scenario tagged `@id:<stable_id>` (fixtures/defects.py sets it; the report's
    history and known issues key on it)."""
    return md5(f"{STABLE_ID}:{stable_id}")


def read_scenario_tags(features_dir: Path) -> list[ScenarioTags]:
    return [scenario for path in sorted(features_dir.glob("**/*.feature")) for scenario in _scenarios(path)]


def values_of(tags: Iterable[str], name: str) -> list[str]:
    """The values of `name:value` tags among pytest-bdd's tag names (which have no "@")."""
    return [value for tag in tags for key, _, value in [tag.partition(":")] if key == name and value]


def _scenarios(path: Path) -> Iterator[ScenarioTags]:
    feature = get_gherkin_document(str(path)).feature
    if feature is None:
        return
    for child in feature.children:
        if child.scenario:
            yield _scenario_tags(path, child.scenario, feature.tags)
        elif child.rule:
            for grandchild in child.rule.children:
                if grandchild.scenario:
                    yield _scenario_tags(path, grandchild.scenario, [*feature.tags, *child.rule.tags])


def _scenario_tags(path: Path, scenario: Scenario, inherited: list[Tag]) -> ScenarioTags:
    return ScenarioTags(path, scenario.location.line, scenario.name, _tags(scenario.tags), _tags(inherited))


def _tags(tags: list[Tag]) -> tuple[TagAt, ...]:
    result = []
    for tag in tags:
        name, _, value = tag.name.lstrip("@").partition(":")
        result.append(TagAt(name, value, tag.location.line))
    return tuple(result)
