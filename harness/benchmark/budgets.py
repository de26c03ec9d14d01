"""How long the main job may take, and whether a measured run kept to it.

Budgets are wall-clock seconds on the reference machine: 2 cores, the size of the CI machines.
"""

from __future__ import annotations

from dataclasses import dataclass

REFERENCE_CPUS = 2
SMOKE = "smoke"
SUITE = "suite"
REPORT = "report"
# In the order they run: the smoke selection and every feature against the sandbox, each on two workers,
# then the Allure 3 build of the whole suite's results.
BUDGETS_SECONDS: dict[str, float] = {SMOKE: 45, SUITE: 3 * 60, REPORT: 5}
LABELS = {SMOKE: "kịch bản smoke (pytest -m smoke)", SUITE: "bộ kịch bản (pytest)", REPORT: "dựng báo cáo Allure"}


@dataclass(frozen=True)
class Verdict:
    part: str
    seconds: float
    budget: float

    @property
    def within(self) -> bool:
        return self.seconds <= self.budget


def verdicts(durations: dict[str, float], budgets: dict[str, float] = BUDGETS_SECONDS) -> list[Verdict]:
    """One verdict per budgeted part, in the order of the budgets."""
    return [Verdict(part, durations[part], budget) for part, budget in budgets.items()]


def over_budget_sentence(results: list[Verdict]) -> str | None:
    """One sentence naming every part over its budget, or None when all kept to theirs."""
    over = [f"{LABELS[v.part]} mất {v.seconds:.1f} s, quá ngân sách {v.budget:.0f} s" for v in results if not v.within]
    if not over:
        return None
    return f"Vượt ngân sách thời gian: {'; '.join(over)}."
