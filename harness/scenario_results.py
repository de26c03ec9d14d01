"""The scenario results of an Allure results folder (`*-result.json`), as the daily report and the coverage read them.

What a result says of itself, with the names the harness gives it (fixtures/tags.py):

- its flows: the `tag` labels that are flow tags (`nop_ho_so`…);
- its procedures: the `tthc` labels (from `@tthc:1.004194`); a scenario outline tagged with several codes runs
  one of them per example row, and the row's parameters name it, so a result whose parameters name some of its
  codes exercised those only;
- the units it names: the values of its parameters (example rows, unquoted) and of its steps' parameters
  (pytest-bdd's step arguments, written as Python literals: `'Công an Phường Tuy Hòa'`), taken as they are —
  which of them are units is the reader's business;
- its steps (the Gherkin steps, with their start and stop in epoch milliseconds).

A scenario rerun within one run (pytest-rerunfailures) leaves one result per attempt with the same historyId;
only the last attempt counts, as in the report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from harness.errors import HarnessError

PASSED, FAILED, BROKEN, SKIPPED = "passed", "failed", "broken", "skipped"
PROCEDURE_LABEL, TAG_LABEL = "tthc", "tag"


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str
    start: int | None
    stop: int | None

    @property
    def duration_ms(self) -> int | None:
        return None if self.start is None or self.stop is None else self.stop - self.start


@dataclass(frozen=True)
class ScenarioResult:
    name: str
    status: str
    start: int | None
    stop: int | None
    history_id: str
    labels: tuple[tuple[str, str], ...]
    parameter_values: tuple[str, ...]
    steps: tuple[StepResult, ...]

    def label_values(self, name: str) -> list[str]:
        return [value for key, value in self.labels if key == name]

    def flows(self, known_flows: tuple[str, ...]) -> list[str]:
        return [tag for tag in self.label_values(TAG_LABEL) if tag in known_flows]

    @property
    def procedures(self) -> list[str]:
        codes = list(dict.fromkeys(self.label_values(PROCEDURE_LABEL)))
        named = [code for code in codes if code in self.parameter_values]
        return named or codes

    def names_any(self, candidates: tuple[str, ...]) -> list[str]:
        """The candidates (unit names…) that one of the result's parameters or its steps' parameters holds."""
        return [candidate for candidate in candidates if candidate in self.parameter_values]

    @property
    def failed(self) -> bool:
        return self.status in (FAILED, BROKEN)


def read_results(results_dir: Path) -> list[ScenarioResult]:
    """The scenario results of the folder, the last attempt of each; one sentence naming a file that is no result."""
    latest: dict[str, ScenarioResult] = {}
    for path in sorted(results_dir.glob("*-result.json")):
        result = _result(path)
        kept = latest.get(result.history_id)
        if kept is None or (result.stop or 0) >= (kept.stop or 0):
            latest[result.history_id] = result
    return sorted(latest.values(), key=lambda result: (result.start or 0, result.name))


def _result(path: Path) -> ScenarioResult:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ScenarioResult(
            name=str(data["name"]),
            status=str(data.get("status", "unknown")),
            start=data.get("start"),
            stop=data.get("stop"),
            history_id=str(data.get("historyId") or data.get("uuid") or path.name),
            labels=tuple((str(label["name"]), str(label["value"])) for label in data.get("labels", [])),
            parameter_values=tuple(_parameter_values(data)),
            steps=tuple(StepResult(str(step["name"]), str(step.get("status", "unknown")), step.get("start"),
                                   step.get("stop")) for step in data.get("steps", [])),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise HarnessError(f"Tệp kết quả {path} không đọc được như một kết quả Allure ({error}): bỏ tệp đó ra "
                           f"khỏi thư mục kết quả hoặc chạy lại.") from None


def _parameter_values(data: dict) -> list[str]:
    values = [str(parameter.get("value", "")) for parameter in data.get("parameters", [])]
    for step in data.get("steps", []):
        values += [_unquoted(str(parameter.get("value", ""))) for parameter in step.get("parameters", [])]
    return values


def _unquoted(literal: str) -> str:
    if len(literal) >= 2 and literal[0] == literal[-1] and literal[0] in "'\"":
        return literal[1:-1]
    return literal
