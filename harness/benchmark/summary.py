"""The benchmark's record (reports/benchmark.json) and the table printed at the end of a run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from harness.benchmark.budgets import LABELS, REFERENCE_CPUS, Verdict

STATUS_LABELS = {"passed": "đạt", "failed": "lỗi", "broken": "hỏng", "skipped": "bỏ qua", "unknown": "không rõ"}


@dataclass(frozen=True)
class Part:
    """One timed part of the job: wall-clock seconds, and the CPU seconds its processes used."""

    wall_seconds: float
    cpu_seconds: float


@dataclass(frozen=True)
class PytestRun:
    """One of the job's pytest runs: the options it was given, how it ended, its scenarios by status."""

    args: list[str]
    exit_code: int
    counts: dict[str, int]


@dataclass(frozen=True)
class Benchmark:
    started_at: datetime
    machine: dict[str, object]
    runs: dict[str, PytestRun]
    parts: dict[str, Part]
    verdicts: list[Verdict]

    def record(self) -> dict[str, object]:
        return {
            "timestamp": self.started_at.isoformat(timespec="seconds"),
            "machine": self.machine,
            "reference_cpu_count": REFERENCE_CPUS,
            "pytest_args": {name: run.args for name, run in self.runs.items()},
            "pytest_exit_codes": {name: run.exit_code for name, run in self.runs.items()},
            "durations_seconds": {name: round(part.wall_seconds, 1) for name, part in self.parts.items()},
            "cpu_seconds": {name: round(part.cpu_seconds, 1) for name, part in self.parts.items()},
            "scenarios": {name: run.counts for name, run in self.runs.items()},
            "budgets_seconds": {v.part: v.budget for v in self.verdicts},
            "within_budget": {v.part: v.within for v in self.verdicts},
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.record(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    def table(self) -> str:
        rows = [("phần", "thời gian", "CPU", "ngân sách", "kết quả")]
        rows += [
            (
                LABELS[v.part],
                f"{v.seconds:.1f} s",
                f"{self.parts[v.part].cpu_seconds:.1f} s",
                f"{v.budget:.0f} s",
                "đạt" if v.within else "VƯỢT",
            )
            for v in self.verdicts
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
        for name, run in self.runs.items():
            counts = ", ".join(f"{run.counts.get(status, 0)} {label}" for status, label in STATUS_LABELS.items())
            lines.append(f"kết quả {LABELS[name]}: {counts}")
        load = " / ".join(f"{value:.2f}" for value in self.machine["load_average_before"])
        lines.append(
            f"máy: {self.machine['cpu_count']} nhân (ngân sách đặt cho máy {REFERENCE_CPUS} nhân), "
            f"tải trước khi chạy {load}"
        )
        return "\n".join(lines)
