"""What one archived run says of a defect's scenarios: each scenario's status and the evidence of each step,
read from the run's Allure result files (matched by the scenario's stable id, its `id` label)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from harness.errors import HarnessError
from harness.vietnam_time import VIETNAM


@dataclass(frozen=True)
class Evidence:
    name: str
    source: Path  # the attachment file in the run's results
    media_type: str


@dataclass(frozen=True)
class StepOutcome:
    name: str
    status: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ScenarioOutcome:
    stable_id: str
    name: str
    status: str
    started: datetime
    finished: datetime
    message: str
    steps: tuple[StepOutcome, ...]
    attachments: tuple[Evidence, ...]  # the scenario's own (logs, traces), beside its steps'


def _moment(millis: int) -> datetime:
    return datetime.fromtimestamp(millis / 1000, tz=UTC).astimezone(VIETNAM)


def _evidence(results: Path, entries: list[dict]) -> tuple[Evidence, ...]:
    return tuple(Evidence(entry.get("name", ""), results / entry["source"], entry.get("type", ""))
                 for entry in entries if (results / entry.get("source", "")).is_file())


def _outcome(results: Path, result: dict, stable_id: str) -> ScenarioOutcome:
    steps = tuple(StepOutcome(step.get("name", ""), step.get("status", "unknown"),
                              _evidence(results, step.get("attachments") or [])) for step in result.get("steps") or [])
    details = result.get("statusDetails") or {}
    return ScenarioOutcome(stable_id, result.get("name", ""), result.get("status", "unknown"),
                           _moment(result.get("start", 0)), _moment(result.get("stop", 0)),
                           str(details.get("message") or ""), steps,
                           _evidence(results, result.get("attachments") or []))


def stable_id_of(result: dict) -> str:
    return next((label["value"] for label in result.get("labels") or [] if label.get("name") == "id"), "")


def read_outcomes(results: Path, stable_ids: set[str]) -> dict[str, list[ScenarioOutcome]]:
    """The outcomes of the wanted scenarios in a results folder, by stable id (an outline has one per row)."""
    found: dict[str, list[ScenarioOutcome]] = {}
    for path in sorted(results.glob("*-result.json")):
        try:
            result = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise HarnessError(f"Không đọc được kết quả {path} ({error}): tệp kết quả của lần chạy bị hỏng.") from None
        if (stable_id := stable_id_of(result)) in stable_ids:
            found.setdefault(stable_id, []).append(_outcome(results, result, stable_id))
    for outcomes in found.values():
        outcomes.sort(key=lambda outcome: (outcome.started, outcome.name))
    return found
