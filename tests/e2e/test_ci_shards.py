"""CI's shards on real runs: a plan of two shards, each run by the harness with --shard-file into its own
results, merged into one folder that holds every planned scenario once; the merge refuses two shards that ran
the same scenario, and the merged results give every scenario its duration for the next plan."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.ci.shards import durations_from_results
from tests.e2e.conftest import PROJECT_ROOT, HarnessRun, run_harness

SELECTION = "smoke and (tim_kiem or dang_nhap or tiep_nhan)"


def command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def shard_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[HarnessRun]]:
    plan = tmp_path_factory.mktemp("shard-plan")
    planned = command("harness.ci.shards", "--shards", "2", "--write", str(plan), "--", "-m", SELECTION)
    assert planned.returncode == 0 and json.loads(planned.stdout) == [1, 2], planned.stdout + planned.stderr
    node_ids = [line for index in (1, 2) for line in (plan / f"shard-{index}.txt").read_text().splitlines()]
    runs = [run_harness(tmp_path_factory.mktemp(f"shard-{index}"), f"--shard-file={plan / f'shard-{index}.txt'}")
            for index in (1, 2)]
    return plan, node_ids, runs


def test_each_shard_runs_its_own_scenarios_and_the_merge_holds_them_all(shard_runs, tmp_path: Path) -> None:
    _, node_ids, runs = shard_runs
    for run in runs:
        assert run.returncode == 0, run.output[-4000:]
    assert len(node_ids) == len(set(node_ids)) >= 3
    merged = command("harness.ci.merge", "--out", str(tmp_path / "merged"), *(str(run.results) for run in runs))
    assert merged.returncode == 0, merged.stderr
    results = [json.loads(path.read_text(encoding="utf-8")) for path in (tmp_path / "merged").glob("*-result.json")]
    assert len(results) == len(node_ids) == sum(len(run.result_files()) for run in runs)
    assert len({result["historyId"] for result in results}) == len(results)
    assert {result["status"] for result in results} == {"passed"}
    sources = {attachment["source"] for result in results for step in result.get("steps", [])
               for attachment in step.get("attachments", [])}
    assert sources and all((tmp_path / "merged" / source).is_file() for source in sources)
    for name in ("environment.properties", "executor.json", "categories.json"):
        assert (tmp_path / "merged" / name).is_file()
    durations = durations_from_results(tmp_path / "merged")
    assert len(durations) == len(node_ids) and all(seconds > 0 for seconds in durations.values())


def test_the_merge_refuses_two_shards_that_ran_the_same_scenario(shard_runs, tmp_path: Path) -> None:
    _, _, runs = shard_runs
    again = tmp_path / "again"
    shutil.copytree(runs[0].results, again)
    refused = command("harness.ci.merge", "--out", str(tmp_path / "merged"), str(runs[0].results), str(again))
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and "historyId" in refused.stderr
    assert not (tmp_path / "merged").exists()


def test_the_next_plan_balances_on_the_measured_durations(shard_runs, tmp_path: Path) -> None:
    _, node_ids, runs = shard_runs
    merged = tmp_path / "merged"
    assert command("harness.ci.merge", "--out", str(merged), *(str(run.results) for run in runs)).returncode == 0
    shards = [command("harness.ci.shards", "--shards", "2", "--index", str(index), "--durations", str(merged),
                      "--", "-m", SELECTION).stdout.splitlines() for index in (1, 2)]
    assert sorted(shards[0] + shards[1]) == sorted(node_ids) and all(shards)
