"""How long the national portal took to show a province's change, from the day's status-sync scenarios.

No result records the delay itself: the steps below poll the portal until it shows the change (or until the
environment's `status_sync` deadline, and then fail), so a passed step's duration is the delay seen, plus the
time to open the page — an upper bound. A failed one waited past the deadline and is counted apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

from harness.scenario_results import BROKEN, FAILED, PASSED, ScenarioResult

SYNC_WAIT_STEPS = ("trong thời hạn đồng bộ, Tra cứu hồ sơ trên Cổng",
                   "trong thời hạn đồng bộ, Cổng có đủ các bước xử lý")


@dataclass(frozen=True)
class SyncDelays:
    seconds: tuple[float, ...]
    late: int

    @property
    def median(self) -> float | None:
        return median(self.seconds) if self.seconds else None

    @property
    def worst(self) -> float | None:
        return max(self.seconds) if self.seconds else None


def sync_delays(results: Iterable[ScenarioResult]) -> SyncDelays:
    seconds, late = [], 0
    for result in results:
        for step in result.steps:
            if not any(wait in step.name for wait in SYNC_WAIT_STEPS) or step.duration_ms is None:
                continue
            if step.status == PASSED:
                seconds.append(step.duration_ms / 1000)
            elif step.status in (FAILED, BROKEN):
                late += 1
    return SyncDelays(tuple(seconds), late)
