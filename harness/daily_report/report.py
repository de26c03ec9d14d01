"""What the daily report says, gathered once for both renderers: who sends it to whom, the day's runs and
their results per flow, the defects of the day, the status-sync delays, and when it was drawn up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from harness.coverage.compute import Tally, tally_by_flow
from harness.coverage.flow_titles import flow_titles
from harness.coverage.requirements import load_requirements
from harness.daily_report.defects import DayDefects, defects_of_day
from harness.daily_report.runs import runs_of_day
from harness.daily_report.sync_delays import SyncDelays, sync_delays
from harness.defects.parser import load_register
from harness.reports.archive import Run
from harness.scenario_results import ScenarioResult, read_results
from harness.vietnam_time import VIETNAM

DEADLINE = time(17, 0)


@dataclass(frozen=True)
class Letterhead:
    unit: str
    number: str
    place: str
    addressee: str


@dataclass(frozen=True)
class RunSummary:
    run: Run
    results: tuple[ScenarioResult, ...]


@dataclass(frozen=True)
class DailyReport:
    letterhead: Letterhead
    day: date
    drawn_up: datetime
    runs: tuple[RunSummary, ...]
    flow_titles: dict[str, str]
    flows: dict[str, Tally]
    defects: DayDefects
    delays: SyncDelays

    @property
    def late(self) -> bool:
        """Drawn up at or after 17:00 Vietnam time of the reported day (or on a later day)."""
        return self.drawn_up.astimezone(VIETNAM) >= datetime.combine(self.day, DEADLINE, VIETNAM)

    @property
    def results(self) -> list[ScenarioResult]:
        return [result for summary in self.runs for result in summary.results]

    @property
    def failures(self) -> list[tuple[str, ScenarioResult]]:
        """(flow, result) of every scenario that failed or broke, in run order."""
        return [(flow, result) for result in self.results if result.failed
                for flow in result.flows(tuple(self.flows))]


def build_report(letterhead: Letterhead, day: date, drawn_up: datetime, runs_dir: Path, defects_file: Path,
                 requirements_file: Path) -> DailyReport:
    titles = flow_titles()
    flows = load_requirements(requirements_file, known_flows=titles).flows
    runs = tuple(RunSummary(run, tuple(read_results(run.results_dir))) for run in runs_of_day(runs_dir, day))
    results = [result for summary in runs for result in summary.results]
    return DailyReport(
        letterhead=letterhead, day=day, drawn_up=drawn_up, runs=runs, flow_titles=titles,
        flows=tally_by_flow(results, flows),
        defects=defects_of_day(load_register(defects_file, known_flows=titles), day),
        delays=sync_delays(results),
    )
