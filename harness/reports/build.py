"""Builds the Allure report of a run as one self-contained HTML file.

    python -m harness.reports.build [--results reports/allure-results] [--output reports/allure-report]

Runs the Allure 3 CLI installed in the project's node_modules (`npm ci`) with allurerc.mjs, after
adding categories.json, environment.properties and executor.json to the results if the run did not write
them and scrubbing the results of the secrets this process knows (credential variables). Prints the
absolute path of the HTML file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from harness.evidence.categories import CATEGORIES_FILE, write_categories
from harness.evidence.redaction import SECRETS, scrub_results_dir
from harness.evidence.run_info import (
    ENVIRONMENT_FILE,
    EXECUTOR_FILE,
    VIETNAM_TIME,
    write_environment,
    write_executor,
)
from harness.reports.locations import REPORT_DIR, RESULTS_DIR
from harness.reports.offline import external_references, make_offline

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = PROJECT_ROOT / "allurerc.mjs"
REPORT_FILE = "index.html"
SET_UP_HINT = "chạy lại lệnh cài đặt trong README / run the set-up command in the README"


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


def _generate(command: list[str], results: Path, report_dir: Path) -> Path:
    completed = subprocess.run(
        [*command, "generate", str(results), "--output", str(report_dir), "--config", str(CONFIG_FILE)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DVCQG_ALLURE_CATEGORIES": str(results / CATEGORIES_FILE)},
        capture_output=True,
        text=True,
        check=False,
    )
    report = report_dir / REPORT_FILE
    if completed.returncode != 0 or not report.is_file():
        last_line = (completed.stderr.strip() or completed.stdout.strip() or "?").splitlines()[-1]
        raise ReportError(f"Allure 3 CLI không tạo được báo cáo (mã {completed.returncode}): {last_line}")
    return report


def build_report(results: Path, output: Path) -> Path:
    """Build the report of `results` into `output`/index.html and return its absolute path."""
    command = _allure_command()
    results, output = results.resolve(), output.resolve()
    _check_results(results)
    _complete_results(results)
    SECRETS.register_environment(os.environ)
    scrub_results_dir(results)
    # A fresh directory: Allure nests the report in a sub-folder when its output already holds folders.
    with tempfile.TemporaryDirectory(prefix="dvcqg-allure-") as scratch:
        html = make_offline(_generate(command, results, Path(scratch)).read_text(encoding="utf-8"))
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
    args = parser.parse_args(argv)
    try:
        report = build_report(args.results, args.output)
    except ReportError as error:
        print(error, file=sys.stderr)
        return 2
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
