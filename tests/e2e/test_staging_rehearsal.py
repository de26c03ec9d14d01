"""The staging rehearsal: every feature against a sandbox the harness treats exactly as staging (no setup API,
no clock, no faults; accounts handed out before the run). What passes here runs where QA staff run it.

Every scenario not tagged @moi_truong:sandbox must pass, nothing else may be skipped (but an audit of the unit's own
list, @danh_sach_don_vi, when the run was given none), no more than fifteen runs may
carry the tag, and no password or login code may reach the evidence.
"""

from harness.secret_audit import find_leaks, read_fingerprints
from tests.e2e.conftest import HarnessRun, expected_status

SANDBOX_ONLY = {"name": "moi_truong", "value": "sandbox"}
# Ten for the eight flows of 2026-12-01 (lock-out, signing faults, the clock, sync faults); issue #8 added two
# SMS gateway cases (an invalid number, a failed send), PAKN's overdue day and a lost payment callback, which
# need a setup-API citizen, a fault switch or the clock; issue #10 one accounts audit against the sandbox's
# server-side permission hole (a fault switch).
MOST_SANDBOX_ONLY_RUNS = 15


def sandbox_only(result: dict) -> bool:
    return any(label == SANDBOX_ONLY for label in (
        {"name": entry["name"], "value": entry["value"]} for entry in result["labels"]))


def test_every_scenario_that_needs_no_sandbox_privilege_passes(rehearsal_run: HarnessRun) -> None:
    results = rehearsal_run.result_files()
    assert rehearsal_run.returncode == 0, rehearsal_run.output[-4000:]
    wrong = [(result["name"], result["status"]) for result in results
             if result["status"] != ("skipped" if sandbox_only(result) else expected_status(result))]
    assert results and wrong == [], rehearsal_run.output[-4000:]


def test_few_runs_need_the_sandbox(rehearsal_run: HarnessRun) -> None:
    tagged = [result["name"] for result in rehearsal_run.result_files() if sandbox_only(result)]
    assert 0 < len(tagged) <= MOST_SANDBOX_ONLY_RUNS, tagged


def test_the_handed_out_credentials_and_login_codes_stay_out_of_the_evidence(rehearsal_run: HarnessRun) -> None:
    fingerprints = read_fingerprints(rehearsal_run.fingerprints)
    assert fingerprints, "the run registered no secret: the audit would prove nothing"
    assert find_leaks([rehearsal_run.results], fingerprints) == []
