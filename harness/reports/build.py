"""Builds the Allure report of a run as one self-contained HTML file, keeps the run, and checks the quality gate.

    python -m harness.reports.build [--results reports/allure-results] [--output reports/allure-report]
                                    [--history reports/history/history.jsonl] [--runs reports/runs]

Runs the Allure 3 CLI installed in the project's node_modules (`npm ci`) with allurerc.mjs, after
adding categories.json, environment.properties and executor.json to the results if the run did not write
them and scrubbing the results of the secrets this process knows (credential variables). The report carries
the history of earlier builds (appended to --history), the run's environment, the known issues of the open
defects in data/defects.toml and, when harness/coverage/table.py exists, the coverage table. The results are
then archived under --runs (harness/reports/archive.py). History and archive default to folders beside
--output's: reports/history and reports/runs for the default report. Prints the absolute path of the HTML file.

Exit code: 0 built; 1 built, but a smoke scenario failed outside the known issues (one sentence names them);
2 no report (one sentence says what to do). See docs/report.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from harness.defects.register import DefectRegister
from harness.errors import HarnessError
from harness.evidence.categories import CATEGORIES_FILE, write_categories
from harness.evidence.redaction import SECRETS, scrub_results_dir
from harness.evidence.run_info import (
    ENVIRONMENT_FILE,
    EXECUTOR_FILE,
    VIETNAM_TIME,
    write_environment,
    write_executor,
)
from harness.reports.archive import archive_run, env_name
from harness.reports.known_issues import (
    DEFECT_URL_VARIABLE,
    NO_TRACKER_URL,
    project_known_issues,
    resolutions,
)
from harness.reports.locations import REPORT_DIR, RESULTS_DIR
from harness.reports.offline import external_references, make_offline
from harness.reports.quality_gate import failing_smoke_scenarios, gate_message

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = PROJECT_ROOT / "allurerc.mjs"
REPORT_FILE = "index.html"
SET_UP_HINT = "chạy lại lệnh cài đặt trong README / run the set-up command in the README"
HISTORY_FILE = Path("history") / "history.jsonl"
RUNS_FOLDER = "runs"
GATE_FAILED = 1


class ReportError(Exception):
    """A report that cannot be built, with one sentence that says what to do."""


def _allure_command() -> list[str]:
    # node on the CLI's own script rather than npx, which spends half a second finding it.
    node, cli = shutil.which("node"), PROJECT_ROOT / "node_modules" / "allure" / "cli.js"
    if node is None or not cli.is_file():
        raise ReportError(f"Chưa cài Allure 3 CLI trong {PROJECT_ROOT / 'node_modules'}: {SET_UP_HINT}.")
    return [node, str(cli)]


def _check_results(results: Path) -> None:
    if not results.is_dir() or not any(results.glob("*-result.json")):
        raise ReportError(
            f"Không có kết quả kiểm thử trong {results}: chạy các kịch bản (pytest) trước "
            f"/ run the scenarios (pytest) first."
        )


def _complete_results(results: Path) -> None:
    if not (results / CATEGORIES_FILE).exists():
        write_categories(results)
    if not (results / ENVIRONMENT_FILE).exists():
        write_environment(results, None, datetime.now(VIETNAM_TIME))
    if not (results / EXECUTOR_FILE).exists():
        write_executor(results, os.environ)


@functools.cache  # read once per process: the build and the gate see the same known issues
def _known_issues() -> tuple[DefectRegister, dict[str, list[str]]]:
    try:
        return project_known_issues()
    except HarnessError as error:
        raise ReportError(f"Không đọc được sổ lỗi để đánh dấu lỗi đã biết: {error}") from error


def _coverage_table(results: Path, env: str, scratch: Path) -> list[Path]:
    """The coverage table (harness/coverage/table.py) as a file the report shows with the run, when it exists."""
    try:
        from harness.coverage.table import coverage_html
    except ImportError:
        return []
    try:
        html = coverage_html(results, env)
    except Exception as error:  # the table is an extra: a fault in it must not cost the run its report
        print(f"Báo cáo không kèm bảng độ phủ: {type(error).__name__}: {error}", file=sys.stderr)
        return []
    path = scratch / f"do-phu-{env}.html"
    path.write_text(html, encoding="utf-8")
    return [path]


def _generate(command: list[str], results: Path, report_dir: Path, settings: dict[str, str]) -> Path:
    completed = subprocess.run(
        [*command, "generate", str(results), "--output", str(report_dir), "--config", str(CONFIG_FILE)],
        cwd=PROJECT_ROOT,
        env={**os.environ, **settings},
        capture_output=True,
        text=True,
        check=False,
    )
    report = report_dir / REPORT_FILE
    if completed.returncode != 0 or not report.is_file():
        last_line = (completed.stderr.strip() or completed.stdout.strip() or "?").splitlines()[-1]
        raise ReportError(f"Allure 3 CLI không tạo được báo cáo (mã {completed.returncode}): {last_line}")
    return report


def build_report(results: Path, output: Path, history: Path | None = None) -> Path:
    """Build the report of `results` into `output`/index.html and return its absolute path.

    `history` is the JSONL file the build reads the earlier runs from and appends this one to
    (default: history/history.jsonl beside `output`).
    """
    command = _allure_command()
    results, output = results.resolve(), output.resolve()
    history = (history or output.parent / HISTORY_FILE).resolve()
    _check_results(results)
    _complete_results(results)
    SECRETS.register_environment(os.environ)
    scrub_results_dir(results)
    register, known = _known_issues()
    env = env_name(results)
    with tempfile.TemporaryDirectory(prefix="dvcqg-allure-") as scratch:
        scratch_dir = Path(scratch)
        known_issues_file = scratch_dir / "resolutions.json"
        url_pattern = os.environ.get(DEFECT_URL_VARIABLE) or NO_TRACKER_URL
        # Allure writes the known failures it found to knownIssuesPath (known-issues.json in its cwd if unset).
        setting = {**resolutions(register, known, url_pattern), "knownIssuesPath": str(scratch_dir / "known.json")}
        known_issues_file.write_text(json.dumps(setting, ensure_ascii=False), encoding="utf-8")
        settings = {
            "DVCQG_ALLURE_CATEGORIES": str(results / CATEGORIES_FILE),
            "DVCQG_ALLURE_HISTORY": str(history),
            "DVCQG_ALLURE_ENVIRONMENT": env,
            "DVCQG_ALLURE_RESOLUTIONS": str(known_issues_file),
            "DVCQG_ALLURE_GLOBAL_ATTACHMENTS": "\n".join(map(str, _coverage_table(results, env, scratch_dir))),
        }
        # A fresh directory: Allure nests the report in a sub-folder when its output already holds folders.
        report_dir = scratch_dir / "report"
        html = make_offline(_generate(command, results, report_dir, settings).read_text(encoding="utf-8"))
    leaks = external_references(html)
    if leaks:
        raise ReportError(
            f"Báo cáo vẫn tải tài nguyên bên ngoài ({leaks[0]}): kiểm tra phiên bản allure trong package.json."
        )
    output.mkdir(parents=True, exist_ok=True)
    report = output / REPORT_FILE
    report.write_text(html, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.reports.build", description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS_DIR, help="thư mục kết quả Allure của lần chạy")
    parser.add_argument("--output", type=Path, default=REPORT_DIR, help="thư mục chứa báo cáo HTML")
    parser.add_argument("--history", type=Path, default=None,
                        help="tệp lịch sử JSONL (mặc định history/history.jsonl cạnh thư mục --output)")
    parser.add_argument("--runs", type=Path, default=None,
                        help="thư mục lưu các lần chạy (mặc định runs/ cạnh thư mục --output)")
    args = parser.parse_args(argv)
    try:
        report = build_report(args.results, args.output, args.history)
    except ReportError as error:
        print(error, file=sys.stderr)
        return 2
    archive_run(args.results.resolve(), report, args.runs or report.parent.parent / RUNS_FOLDER)
    print(report)
    known = {case_id for ids in _known_issues()[1].values() for case_id in ids}
    failing = failing_smoke_scenarios(args.results, known)
    if failing:
        print(gate_message(failing), file=sys.stderr)
        return GATE_FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
