"""The run archive: every report build keeps the run's raw results and a description of the run.

    reports/runs/<YYYYmmdd-HHMMSS>-<env>/allure-results/  the results as built (already scrubbed of secrets)
    reports/runs/<YYYYmmdd-HHMMSS>-<env>/run.json         {"env", "started", "finished", "commit", "urls",
                                                           "who", "report"}

The folder is named after the run's start (Vietnam time) and its environment; `started` and `finished` are
the earliest start and latest stop of the results (ISO 8601, Vietnam time), `commit` the short git HEAD ("" out
of a repository), `urls` the run's addresses from environment.properties, `who` $DVCQG_TESTER or the OS user,
`report` the built HTML. Every run is kept: they are the evidence the daily report and the acceptance record
are built from, and removing old ones is a decision for a person, not for the build.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from harness.evidence.run_info import ENV_NAME_KEY, URL_KEY_PREFIX, VIETNAM_TIME, read_environment

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RUNS_DIR = PROJECT_ROOT / "reports" / "runs"
RUN_FILE = "run.json"
RESULTS_FOLDER = "allure-results"
TESTER_VARIABLE = "DVCQG_TESTER"
UNKNOWN_ENV = "khong-ro"


@dataclass(frozen=True)
class Run:
    """One archived run, as run.json describes it."""

    env: str
    started: datetime
    finished: datetime
    commit: str
    urls: dict[str, str]
    who: str
    report: str
    results_dir: Path

    @property
    def id(self) -> str:
        """The run's folder name in the archive, e.g. 20261203-193000-sandbox."""
        return self.results_dir.parent.name


def env_name(results_dir: Path) -> str:
    """The environment the run was against (`--env`), from its environment.properties."""
    return read_environment(results_dir).get(ENV_NAME_KEY) or UNKNOWN_ENV


def _times(results_dir: Path) -> tuple[datetime, datetime]:
    starts, stops = [], []
    for path in results_dir.glob("*-result.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        starts += [result["start"]] if "start" in result else []
        stops += [result["stop"]] if "stop" in result else []
    now = datetime.now(VIETNAM_TIME)
    return (_vietnam_time(min(starts)) if starts else now), (_vietnam_time(max(stops)) if stops else now)


def _vietnam_time(epoch_millis: int) -> datetime:
    return datetime.fromtimestamp(epoch_millis / 1000, VIETNAM_TIME)


def _commit() -> str:
    try:
        completed = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT,
                                   capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return completed.stdout.strip() if completed.returncode == 0 else ""


def _who(environ: Mapping[str, str]) -> str:
    if environ.get(TESTER_VARIABLE):
        return environ[TESTER_VARIABLE]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def archive_run(results_dir: Path, report: Path, runs_dir: Path = RUNS_DIR,
                environ: Mapping[str, str] = os.environ) -> Path:
    """Copy the results into a new folder of `runs_dir`, write its run.json and return the folder."""
    environment, env = read_environment(results_dir), env_name(results_dir)
    started, finished = _times(results_dir)
    stamp = started.strftime("%Y%m%d-%H%M%S")
    folder, again = runs_dir / f"{stamp}-{env}", 1
    while folder.exists():  # two builds of runs that started in the same second
        again += 1
        folder = runs_dir / f"{stamp}-{env}-{again}"
    shutil.copytree(results_dir, folder / RESULTS_FOLDER)
    description = {
        "env": env,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "commit": _commit(),
        "urls": {key.removeprefix(URL_KEY_PREFIX): value for key, value in environment.items()
                 if key.startswith(URL_KEY_PREFIX)},
        "who": _who(environ),
        "report": str(report),
    }
    (folder / RUN_FILE).write_text(json.dumps(description, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return folder


def read_runs(root: Path = RUNS_DIR) -> list[Run]:
    """Every archived run under `root`, oldest first (folders without a readable run.json are left out)."""
    runs = []
    for run_file in sorted(root.glob(f"*/{RUN_FILE}")):
        try:
            data = json.loads(run_file.read_text(encoding="utf-8"))
            runs.append(Run(
                env=data["env"],
                started=datetime.fromisoformat(data["started"]),
                finished=datetime.fromisoformat(data["finished"]),
                commit=data.get("commit", ""),
                urls=dict(data.get("urls", {})),
                who=data.get("who", ""),
                report=data.get("report", ""),
                results_dir=run_file.parent / RESULTS_FOLDER,
            ))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(runs, key=lambda run: run.started)
