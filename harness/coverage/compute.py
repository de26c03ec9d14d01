"""What a set of scenario results covered: per flow, per procedure code and per unit, each covered and passed,
covered and failed, or not covered.

An item is covered when a scenario exercising it ran (passed, failed or broken); a failed or broken one makes
it "covered and failed". Skipped scenarios did not exercise anything and are only counted. A result exercises
a unit's procedure when it carries the procedure (its `tthc` label) and one of its parameters names the unit
(harness/scenario_results.py): scenarios that name no unit (a citizen's search, a login) count for their flow
and procedure, not for a unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from harness.coverage.requirements import Requirements
from harness.defects.location import shown
from harness.errors import HarnessError
from harness.scenario_results import PASSED, SKIPPED, ScenarioResult

COVERED_PASSED = "Đã kiểm thử, đạt"
COVERED_FAILED = "Đã kiểm thử, không đạt"
NOT_COVERED = "Chưa kiểm thử"


@dataclass(frozen=True)
class Tally:
    passed: int = 0
    failed: int = 0
    skipped: int = 0

    def counted(self, result: ScenarioResult) -> Tally:
        if result.failed:
            return replace(self, failed=self.failed + 1)
        if result.status == PASSED:
            return replace(self, passed=self.passed + 1)
        return replace(self, skipped=self.skipped + 1) if result.status == SKIPPED else self

    @property
    def verdict(self) -> str:
        if self.failed:
            return COVERED_FAILED
        return COVERED_PASSED if self.passed else NOT_COVERED

    @property
    def ran(self) -> bool:
        return bool(self.passed or self.failed or self.skipped)


def tally(results: Iterable[ScenarioResult]) -> Tally:
    total = Tally()
    for result in results:
        total = total.counted(result)
    return total


def tally_by_flow(results: Sequence[ScenarioResult], flows: Sequence[str]) -> dict[str, Tally]:
    return {flow: tally(result for result in results if flow in result.flows(tuple(flows))) for flow in flows}


@dataclass(frozen=True)
class Coverage:
    requirements: Requirements
    flows: dict[str, Tally]
    procedures: dict[str, Tally]
    units: dict[str, dict[str, Tally]] = field(default_factory=dict)

    def extra_procedures(self) -> list[str]:
        """Codes the run exercised that no unit of the requirements lists."""
        return [code for code in self.procedures if code not in self.requirements.procedures]


def compute_coverage(results: Sequence[ScenarioResult], requirements: Requirements,
                     units: Sequence[str] | None = None) -> Coverage:
    """The coverage of `results` against `requirements`, for `units` (default: every unit it lists)."""
    exercised = [code for result in results for code in result.procedures]
    codes = list(dict.fromkeys([*requirements.procedures, *exercised]))
    unit_names = tuple(requirements.units)
    chosen = list(units) if units is not None else list(unit_names)
    if unknown := [unit for unit in chosen if unit not in requirements.units]:
        raise HarnessError(f"Đơn vị '{unknown[0]}' không có trong {shown(requirements.path)} (các đơn vị: "
                           f"{', '.join(unit_names)}).")
    return Coverage(
        requirements=requirements,
        flows=tally_by_flow(results, requirements.flows),
        procedures={code: tally(result for result in results if code in result.procedures) for code in codes},
        units={unit: {code: tally(result for result in results
                                  if code in result.procedures and unit in result.names_any(unit_names))
                      for code in requirements.units[unit]}
               for unit in chosen},
    )
