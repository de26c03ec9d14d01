"""The acceptance record's content for one defect: the defect and its notice, its scenarios, their outcome in
the latest run and in the last run before the fix was declared, who made the record, when, with which harness.

A run counts for the defect when it ran at least one of the defect's scenarios. "Before the fix" is a run that
started before the register declares the fix: the moment ngay_khac_phuc gives, or the start of its day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from harness.acceptance.outcomes import ScenarioOutcome, read_outcomes
from harness.defects.register import Defect
from harness.defects.scenario_tags import ScenarioTags
from harness.errors import HarnessError
from harness.reports.archive import Run


@dataclass(frozen=True)
class RunOutcome:
    run: Run
    scenarios: dict[str, list[ScenarioOutcome]]  # by stable id

    @property
    def verdict(self) -> str:
        statuses = [outcome.status for outcomes in self.scenarios.values() for outcome in outcomes]
        return "Đạt" if statuses and all(status == "passed" for status in statuses) else "Không đạt"


@dataclass(frozen=True)
class DefectScenario:
    stable_id: str
    name: str
    feature: str


@dataclass(frozen=True)
class AcceptanceRecord:
    defect: Defect
    scenarios: tuple[DefectScenario, ...]
    latest: RunOutcome
    before_fix: RunOutcome | None
    made_at: datetime
    harness_version: str
    made_by: str
    coverage_html: str = ""
    notes: list[str] = field(default_factory=list)


def defect_scenarios(defect: Defect, tags: Sequence[ScenarioTags], root: Path) -> tuple[DefectScenario, ...]:
    scenarios = []
    for scenario in tags:
        if any(tag.value == defect.id for tag in scenario.values("loi")):
            stable_id = scenario.own_values("id")[0].value
            scenarios.append(DefectScenario(stable_id, scenario.name, str(scenario.feature.relative_to(root))))
    return tuple(scenarios)


def _outcomes(runs: Sequence[Run], stable_ids: set[str]) -> list[RunOutcome]:
    found = [RunOutcome(run, read_outcomes(run.results_dir, stable_ids)) for run in runs]
    return sorted((outcome for outcome in found if outcome.scenarios), key=lambda outcome: outcome.run.started)


def build_record(defect: Defect, scenarios: tuple[DefectScenario, ...], runs: Sequence[Run], *,
                 made_at: datetime, harness_version: str, made_by: str, coverage_html: str = "") -> AcceptanceRecord:
    if defect.fixed is None:
        raise HarnessError(f"Lỗi {defect.id} chưa có ngày khắc phục (ngay_khac_phuc) trong sổ lỗi: chỉ lập biên bản "
                           "xác nhận cho lỗi đã được khai báo khắc phục.")
    stable_ids = {scenario.stable_id for scenario in scenarios}
    outcomes = _outcomes(runs, stable_ids)
    if not outcomes:
        raise HarnessError(f"Chưa có lần chạy nào của các kịch bản tái hiện lỗi {defect.id}: chạy "
                           f"`pytest --defect={defect.id}` rồi dựng báo cáo, sau đó lập biên bản.")
    fix_declared = defect.fix_declared
    before = [outcome for outcome in outcomes if outcome.run.started < fix_declared]
    record = AcceptanceRecord(defect, scenarios, outcomes[-1], before[-1] if before else None, made_at,
                              harness_version, made_by, coverage_html)
    if record.before_fix is None:
        record.notes.append(f"Không có lần chạy nào trước khi khắc phục ({fix_declared:%H:%M ngày %d/%m/%Y}): không "
                            "có kết quả trước khắc phục để đối chiếu.")
    if outcomes[-1].run.started < fix_declared:
        record.notes.append(f"Lần chạy gần nhất ({outcomes[-1].run.id}) diễn ra trước khi khắc phục: chưa có kết quả "
                            "sau khắc phục.")
    missing = stable_ids - set(outcomes[-1].scenarios)
    if missing:
        record.notes.append("Lần chạy gần nhất không chạy các kịch bản: " + ", ".join(sorted(missing)) + ".")
    return record
