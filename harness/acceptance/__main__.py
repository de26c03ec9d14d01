"""Lập biên bản xác nhận kết quả kiểm thử sau khắc phục cho một lỗi của sổ lỗi.

    python -m harness.acceptance --defect TB1970-01 [--runs reports/runs] [--out reports/acceptance]
                                 [--register data/defects.toml] [--so 12] [--nguoi-lap "Nguyễn Văn A"]

Writes reports/acceptance/<mã lỗi>-<thời điểm>/ with bien-ban.html, bien-ban.pdf, the evidence of the latest run and
of the last run before the fix, and SHA256SUMS over all of it; prints the folder. Exit 2 with one sentence when
the record cannot be made."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from harness.acceptance.pdf import print_pdf
from harness.acceptance.record import build_record, defect_scenarios
from harness.acceptance.render import write_record_html
from harness.acceptance.runs import archived_runs
from harness.coverage.table import coverage_html
from harness.defects.checks import check_stable_ids
from harness.defects.parser import load_register
from harness.defects.scenario_tags import read_scenario_tags
from harness.errors import HarnessError
from harness.evidence.manifest import write_manifest
from harness.reports.archive import Run
from harness.vietnam_time import VIETNAM

ROOT = Path(__file__).resolve().parents[2]
REGISTER = ROOT / "data" / "defects.toml"


def _harness_version() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except OSError:
        return ""


def _coverage(run: Run, unit: str) -> str:
    """The coverage page of the latest run: for the defect's unit when data/coverage.toml lists it, else all."""
    try:
        return coverage_html(run.results_dir, run.env, [unit])
    except HarnessError:
        return coverage_html(run.results_dir, run.env)


def make_record(defect_id: str, runs_dir: Path, out_dir: Path, so: str = "", made_by: str = "",
                now: datetime | None = None, register_path: Path = REGISTER) -> Path:
    register = load_register(register_path)
    if defect_id not in register:
        raise HarnessError(f"Không có lỗi {defect_id} trong sổ lỗi {register_path}: xem các mã trong tệp đó.")
    defect = register[defect_id]
    now = now or datetime.now(VIETNAM)
    tags = read_scenario_tags(ROOT / "features")
    check_stable_ids(tags)
    record = build_record(defect, defect_scenarios(defect, tags, ROOT),
                          archived_runs(runs_dir), made_at=now, harness_version=_harness_version(),
                          made_by=made_by or os.environ.get("DVCQG_TESTER") or getpass.getuser())
    record = replace(record, coverage_html=_coverage(record.latest.run, defect.unit))
    folder = out_dir / f"{defect.id}-{now:%Y%m%d-%H%M%S}"
    html = write_record_html(record, folder, so)
    print_pdf(html, os.environ.get("DVCQG_BROWSER", ""))
    write_manifest(folder)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.acceptance", description=__doc__.splitlines()[0])
    parser.add_argument("--defect", required=True, help="mã lỗi trong data/defects.toml")
    parser.add_argument("--runs", type=Path, default=ROOT / "reports" / "runs")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "acceptance")
    parser.add_argument("--register", type=Path, default=REGISTER, help="sổ lỗi (mặc định data/defects.toml)")
    parser.add_argument("--so", default="", help="số của biên bản")
    parser.add_argument("--nguoi-lap", default="", help="người lập biên bản (mặc định DVCQG_TESTER hoặc tài khoản máy)")
    args = parser.parse_args(argv)
    try:
        folder = make_record(args.defect, args.runs, args.out, args.so, args.nguoi_lap, register_path=args.register)
    except HarnessError as error:
        print(error, file=sys.stderr)
        return 2
    print(folder)
    # Written on the signed paper, it ties the paper to this exact folder (the record itself is inside it).
    print(f"SHA-256 của SHA256SUMS: {hashlib.sha256((folder / 'SHA256SUMS').read_bytes()).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
