"""How many scenarios of a run passed, failed, broke or were skipped, read from its Allure results."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

STATUSES = ("passed", "failed", "broken", "skipped", "unknown")


def final_results(results: Iterable[dict]) -> list[dict]:
    """The last attempt of each scenario: a rerun (pytest-rerunfailures) leaves one result per attempt."""
    latest: dict[str, dict] = {}
    for result in results:
        key = result.get("historyId") or result["uuid"]
        if key not in latest or result.get("stop", 0) >= latest[key].get("stop", 0):
            latest[key] = result
    return list(latest.values())


def count_statuses(results: Iterable[dict]) -> dict[str, int]:
    tally = Counter(result.get("status", "unknown") for result in final_results(results))
    return {status: tally.get(status, 0) for status in STATUSES}


def count_scenarios(results_dir: Path) -> dict[str, int]:
    return count_statuses(
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(results_dir.glob("*-result.json"))
    )
