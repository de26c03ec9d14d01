"""The quality gate of the report command: no `smoke` scenario failed or broke outside the known issues.

It is checked here, over the result files, rather than by Allure 3's `qualityGate`: `allure generate` never
evaluates one (only `allure run` and `allure quality-gate` do), a second CLI pass over the results would
cost a second or more of the report's 5-second budget, and its message counts failures in English where the
tester needs the names of the scenarios. Non-smoke failures do not fail the gate: they are in the report.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

from harness.benchmark.counts import final_results

SMOKE_TAG = "smoke"
FAILING = ("failed", "broken")


def _is_smoke(result: dict) -> bool:
    return any(label.get("name") == "tag" and label.get("value") == SMOKE_TAG for label in result.get("labels", []))


def failing_smoke_scenarios(results_dir: Path, known_test_case_ids: Collection[str]) -> list[str]:
    """The names of the smoke scenarios whose last attempt failed or broke and that no open defect explains."""
    results = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(results_dir.glob("*-result.json"))]
    return sorted(
        result.get("name", "?")
        for result in final_results(results)
        if result.get("status") in FAILING and _is_smoke(result) and result.get("testCaseId") not in known_test_case_ids
    )


def gate_message(failing: list[str]) -> str:
    names = ", ".join(f"“{name}”" for name in failing)
    return (f"Cổng chất lượng không đạt: {len(failing)} kịch bản smoke thất bại ngoài các lỗi đã biết "
            f"(data/defects.toml, trạng thái “mở”): {names}.")
