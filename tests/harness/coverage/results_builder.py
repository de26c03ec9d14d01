"""Allure result files shaped like the harness's own (labels tag/tthc/id, parameters, steps with their
parameters written as Python literals), for small synthetic results folders and run archives."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

DAY_START = datetime.fromisoformat("2026-12-03T09:00:00+07:00")


def millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def write_result(folder: Path, name: str, status: str, flow: str, codes: Sequence[str] = (),
                 unit: str | None = None, steps: Sequence[tuple[str, str, int]] = (),
                 parameters: dict[str, str] | None = None, start: datetime = DAY_START,
                 history_id: str | None = None, stop_offset: int = 0) -> Path:
    """One scenario result; `steps` are (text, status, milliseconds); `unit` goes into the first step's
    parameters as pytest-bdd writes a step argument."""
    folder.mkdir(parents=True, exist_ok=True)
    begin = millis(start)
    step_list, clock = [], begin
    for index, (text, step_status, duration) in enumerate(steps or [("Cho một bước", status, 10)]):
        step_parameters = [{"name": "unit", "value": repr(unit)}] if unit and index == 0 else []
        step_list.append({"name": text, "status": step_status, "start": clock, "stop": clock + duration,
                          "parameters": step_parameters, "attachments": []})
        clock += duration
    labels = [{"name": "tag", "value": flow}, {"name": "tag", "value": "smoke"}, {"name": "framework",
                                                                                   "value": "pytest-bdd"}]
    labels += [{"name": "tthc", "value": code} for code in codes]
    result = {
        "name": name, "status": status, "start": begin, "stop": clock + stop_offset,
        "uuid": str(uuid.uuid4()), "historyId": history_id or uuid.uuid4().hex, "labels": labels,
        "steps": step_list, "attachments": [],
        "parameters": [{"name": key, "value": value} for key, value in (parameters or {}).items()],
    }
    path = folder / f"{uuid.uuid4()}-result.json"
    path.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return path


def write_run(runs_dir: Path, started: datetime, env: str = "sandbox") -> Path:
    """An archived run folder with its run.json; the caller writes results into the returned allure-results."""
    folder = runs_dir / f"{started:%Y%m%d-%H%M%S}-{env}"
    (folder / "allure-results").mkdir(parents=True)
    description = {"env": env, "started": started.isoformat(), "finished": started.isoformat(),
                   "commit": "abc1234", "urls": {}, "who": "kiem-thu", "report": "index.html"}
    (folder / "run.json").write_text(json.dumps(description, ensure_ascii=False), encoding="utf-8")
    return folder / "allure-results"
