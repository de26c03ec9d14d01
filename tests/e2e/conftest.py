"""Runs of the harness itself, in a child pytest, as a user would start them."""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class HarnessRun:
    returncode: int
    output: str
    results: Path
    fingerprints: Path
    audits: Path  # where the run's audit tables (XLSX, CSV) went

    def result_files(self) -> list[dict]:
        return [json.loads(path.read_text(encoding="utf-8")) for path in self.results.glob("*-result.json")]


UNIT_LIST_TAG = "danh_sach_don_vi"


def tags_of(result: dict) -> set[str]:
    return {label["value"] for label in result["labels"] if label["name"] == "tag"}


def expected_status(result: dict) -> str:
    """Passed, but for an audit of the unit's own list in a run given none (--audit-input): skipped, saying so."""
    if UNIT_LIST_TAG in tags_of(result):
        return "skipped"
    return "passed"


def run_harness(workdir: Path, *args: str, environ: dict[str, str] | None = None) -> HarnessRun:
    results, fingerprints, audits = workdir / "allure-results", workdir / "fingerprints", workdir / "audits"
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--alluredir={results}",
         f"--audit-folder={audits}", *args],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=1500,
        env={**os.environ, "DVCQG_SECRET_FINGERPRINTS": str(fingerprints), **(environ or {})},
    )
    return HarnessRun(completed.returncode, completed.stdout + completed.stderr, results, fingerprints, audits)


@pytest.fixture(scope="session")
def all_features_run(tmp_path_factory: pytest.TempPathFactory) -> HarnessRun:
    """Every feature against the sandbox, on two workers, with a trace kept for every scenario."""
    return run_harness(tmp_path_factory.mktemp("all-features"), "steps", "-n", "2", "--evidence-trace=always")


@pytest.fixture(scope="session")
def rehearsal_run(tmp_path_factory: pytest.TempPathFactory) -> HarnessRun:
    """Every feature against the staging rehearsal (tests/e2e/test_staging_rehearsal.py)."""
    return run_harness(tmp_path_factory.mktemp("rehearsal"), "steps", "-n", "2", "--env=rehearsal")
