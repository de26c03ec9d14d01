"""The acceptance round trip on the sandbox, as a unit and Công an go through it for one defect of the register:

1. a fault breaks the flow (the sandbox started with `--fault sms.loi_gateway`): `pytest --defect=TB1970-02`
   fails, the report names the failure with its defect, and the build's gate fails (a smoke scenario);
2. the fix is declared (the register's ngay_khac_phuc, with the hour) and the fault is off: the same command
   passes, and the report's history marks the scenario fixed;
3. the acceptance record names both runs, its manifest verifies, and stops verifying once one evidence file is
   changed; the daily report counts the day's two runs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from harness.config import ENVS_DIR
from harness.evidence.manifest import verify_manifest
from harness.reports.archive import read_runs
from harness.vietnam_time import VIETNAM
from tests.allure_single_file import embedded_texts
from tests.e2e.conftest import PROJECT_ROOT, HarnessRun, run_harness

DEFECT, SCENARIO_ID, FAULT = "TB1970-02", "sms-tiep-nhan", "sms.loi_gateway"


def command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def broken_environment(folder: Path) -> Path:
    text = (ENVS_DIR / "sandbox.toml").read_text(encoding="utf-8")
    path = folder / "sandbox_loi_sms.toml"
    path.write_text(text + f'\n[launch]\nsandbox_args = ["--fault", "{FAULT}"]\n', encoding="utf-8")
    return path


def register_fixed_at(folder: Path, moment: datetime) -> Path:
    text = (PROJECT_ROOT / "data" / "defects.toml").read_text(encoding="utf-8")
    entry = text.index(f'[defects."{DEFECT}"]')
    head, tail = text[:entry], text[entry:]
    tail = re.sub(r"ngay_khac_phuc = \S+", f"ngay_khac_phuc = {moment.isoformat(timespec='seconds')}", tail, count=1)
    tail = re.sub(r"ngay_xac_nhan = \S+\n", "", tail, count=1)
    tail = tail.replace('trang_thai = "đã xác nhận"', 'trang_thai = "đã khắc phục chờ xác nhận"', 1)
    path = folder / "defects.toml"
    path.write_text(head + tail, encoding="utf-8")
    return path


class RoundTrip:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.report = folder / "report"
        self.runs = folder / "runs"

    def build(self, run: HarnessRun) -> subprocess.CompletedProcess:
        return command("harness.reports.build", "--results", str(run.results), "--output", str(self.report))


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("round-trip")
    trip = RoundTrip(folder)
    broken = run_harness(folder / "broken", "steps", f"--env={broken_environment(folder)}", f"--defect={DEFECT}")
    broken_build = trip.build(broken)
    broken_html = (trip.report / "index.html").read_text(encoding="utf-8")
    fixed_at = datetime.now(VIETNAM)
    register = register_fixed_at(folder, fixed_at)
    fixed = run_harness(folder / "fixed", "steps", f"--defect={DEFECT}")
    fixed_build = trip.build(fixed)
    fixed_html = (trip.report / "index.html").read_text(encoding="utf-8")
    record = command("harness.acceptance", "--defect", DEFECT, "--runs", str(trip.runs), "--out",
                     str(folder / "bien-ban"), "--register", str(register), "--so", "01")
    daily = command("harness.daily_report", "--runs", str(trip.runs), "--out", str(folder / "bao-cao"),
                    "--defects", str(register))
    return {"trip": trip, "broken": broken, "broken_build": broken_build, "broken_html": broken_html,
            "fixed": fixed, "fixed_build": fixed_build, "fixed_html": fixed_html, "record": record, "daily": daily}


def result_of(html: str) -> dict:
    found = [json.loads(text) for path, text in embedded_texts(html).items() if path.startswith("data/test-results/")]
    (mine,) = [result for result in found if {"name": "id", "value": SCENARIO_ID} in result.get("labels", [])]
    return mine


def test_the_fault_breaks_the_scenario_and_the_report_names_its_defect(trip: dict) -> None:
    (result,) = trip["broken"].result_files()
    assert result["status"] == "failed", trip["broken"].output[-3000:]
    assert {"name": "loi", "value": DEFECT} in result["labels"]
    assert any(link["type"] == "issue" and link["name"].startswith(f"Lỗi {DEFECT}: ") for link in result["links"])
    assert trip["broken_build"].returncode == 1, trip["broken_build"].stderr  # the gate: a smoke scenario failed
    assert "Cổng chất lượng không đạt" in trip["broken_build"].stderr and result["name"] in trip["broken_build"].stderr
    assert result_of(trip["broken_html"])["status"] == "failed"


def test_after_the_fix_the_same_command_passes_and_the_history_says_fixed(trip: dict) -> None:
    (result,) = trip["fixed"].result_files()
    assert result["status"] == "passed", trip["fixed"].output[-3000:]
    assert trip["fixed_build"].returncode == 0, trip["fixed_build"].stderr
    shown = result_of(trip["fixed_html"])
    assert shown["transition"] == "fixed" and [earlier["status"] for earlier in shown["history"]] == ["failed"]


def test_the_acceptance_record_names_both_runs_and_its_manifest_catches_a_change(trip: dict) -> None:
    assert trip["record"].returncode == 0, trip["record"].stderr
    folder = Path(trip["record"].stdout.splitlines()[0])
    broken_run, fixed_run = [run.results_dir.parent.name for run in read_runs(trip["trip"].runs)]
    html = (folder / "bien-ban.html").read_text(encoding="utf-8")
    latest, before = html.split("Lần chạy</th>")[1].split("</tr>")[0].split("<td>")[1:3]
    assert fixed_run in latest and broken_run in before
    assert (folder / "bien-ban.pdf").read_bytes().startswith(b"%PDF")
    assert verify_manifest(folder).verified
    shot = next((folder / "bang-chung" / fixed_run).glob("*.jpg"))
    shot.write_bytes(shot.read_bytes()[:-1])
    assert [str(path) for path in verify_manifest(folder).changed] == [f"bang-chung/{fixed_run}/{shot.name}"]


def test_the_daily_report_counts_the_days_two_runs(trip: dict) -> None:
    assert trip["daily"].returncode == 0, trip["daily"].stderr
    (docx,) = (trip["trip"].folder / "bao-cao").glob("*.docx")
    (markdown,) = (trip["trip"].folder / "bao-cao").glob("*.md")
    text = "\n".join(paragraph.text for paragraph in Document(docx).paragraphs)
    for source in (text, markdown.read_text(encoding="utf-8")):
        assert re.search(r"\b2 lần chạy\b", source), source[:3000]
