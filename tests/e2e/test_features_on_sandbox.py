"""Every feature passes against the sandbox, and its evidence is complete and free of secrets."""

from pathlib import Path

from fixtures.evidence import NO_SCREENSHOT
from harness.evidence.repeated_screens import SAME_SCREEN
from harness.reports.build import build_report
from harness.secret_audit import find_leaks, read_fingerprints
from tests.e2e.conftest import HarnessRun, expected_status


def test_every_feature_passes_against_the_sandbox(all_features_run: HarnessRun) -> None:
    assert all_features_run.returncode == 0, all_features_run.output[-4000:]
    wrong = [(result["name"], result["status"]) for result in all_features_run.result_files()
             if result["status"] != expected_status(result)]
    assert wrong == [], all_features_run.output[-4000:]


FLOWS = ("dang_nhap", "tim_kiem", "nop_ho_so", "tiep_nhan", "yeu_cau_bo_sung", "xu_ly", "tra_ket_qua",
         "dong_bo_trang_thai", "thanh_toan", "sms", "phan_anh_kien_nghi", "thong_ke")


def test_every_flow_has_a_smoke_scenario_that_runs_everywhere(all_features_run: HarnessRun) -> None:
    tags = [{label["value"] for label in result["labels"] if label["name"] == "tag"}
            for result in all_features_run.result_files()]
    for flow in FLOWS:
        assert any({flow, "smoke"} <= scenario and "moi_truong:sandbox" not in scenario for scenario in tags), flow


def steps_without_screenshot(result: dict) -> list[tuple[str, str]]:
    """The steps that ran, have no screenshot and are neither API-only steps before the scenario's first page nor
    steps whose screen is the one attached before them (said in a note). A skipped step (a unit's-own-list audit
    given no list stops at its first step) showed nothing."""
    missing, page_seen = [], False
    for step in result["steps"]:
        if step.get("status") == "skipped":
            continue
        attachments = step.get("attachments", [])
        has_screenshot = any(attachment.get("type") == "image/jpeg" for attachment in attachments)
        says_why = any(attachment["name"] == NO_SCREENSHOT for attachment in attachments)
        same_screen = any(attachment["name"] == SAME_SCREEN for attachment in attachments)
        if not (has_screenshot or (says_why and not page_seen) or (same_screen and page_seen)):
            missing.append((result["name"], step["name"]))
        page_seen = page_seen or has_screenshot
    return missing


def test_every_step_carries_a_screenshot_or_says_why_not(all_features_run: HarnessRun) -> None:
    assert [missing for result in all_features_run.result_files()
            for missing in steps_without_screenshot(result)] == []


def test_the_run_is_described_after_it_ends_even_on_two_workers(all_features_run: HarnessRun) -> None:
    properties = (all_features_run.results / "environment.properties").read_text(encoding="utf-8")
    assert "sandbox" in properties
    # The addresses really used: each worker's own sandbox, not the file's "{sandbox}" template.
    assert "{sandbox}" not in properties and properties.count("http://127.0.0.1:") >= 2, properties
    assert (all_features_run.results / "executor.json").is_file()
    assert (all_features_run.results / "categories.json").is_file()


def test_no_password_or_login_code_reaches_results_traces_or_report(all_features_run: HarnessRun,
                                                                    tmp_path: Path) -> None:
    fingerprints = read_fingerprints(all_features_run.fingerprints)
    assert fingerprints, "the run registered no secret: the audit would prove nothing"
    report = build_report(all_features_run.results, tmp_path / "report")
    assert find_leaks([all_features_run.results, report.parent], fingerprints) == []
