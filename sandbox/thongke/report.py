"""One unit's report for a period: the progress row and the indicator scores, from the stored facts."""

from dataclasses import dataclass
from datetime import datetime

from sandbox.context import SandboxContext
from sandbox.pakn.ledger import pakn_facts
from sandbox.thongke.indicators import Score, scores
from sandbox.thongke.period import Period
from sandbox.thongke.progress import ProgressRow, progress_row, resolved_at, unit_dossiers


@dataclass(frozen=True)
class UnitReport:
    period: Period
    row: ProgressRow
    scores: list[Score]


def _petitions(ctx: SandboxContext, unit_code: str, period: Period) -> tuple[int, int]:
    due = [p for p in pakn_facts(ctx.store) if p.unit_code == unit_code and not p.refused and p.due_at
           and period.holds(datetime.fromisoformat(p.due_at))]
    on_time = [p for p in due if p.answered_at and p.answered_at <= p.due_at]
    return len(on_time), len(due)


def _results(ctx: SandboxContext, unit_code: str, period: Period) -> tuple[int, int]:
    resolved = [d for d in unit_dossiers(ctx.store, unit_code) if period.holds(resolved_at(d))]
    return sum(1 for d in resolved if d.result), len(resolved)


def unit_report(ctx: SandboxContext, unit_code: str, unit_name: str, period: Period) -> UnitReport:
    row = progress_row(ctx.store, ctx.settings.data_dir, unit_code, unit_name, period, ctx.clock.now())
    return UnitReport(period, row, scores(row, _petitions(ctx, unit_code, period), _results(ctx, unit_code, period)))
