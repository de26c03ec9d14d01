"""`--defect=<id>`: the selection rule, and the real project's collection with and without it."""

import subprocess
import sys
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from harness.defects.selection import split_by_defect

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = "TB1970-01"


def test_only_the_items_tagged_with_the_defect_are_kept_in_order() -> None:
    tags = {"a": {"loi:TB1970-01", "smoke"}, "b": {"loi:TB1970-011"}, "c": {"id:c", "loi:TB1970-01"}, "d": set()}
    kept, deselected = split_by_defect(list(tags), "TB1970-01", tags.__getitem__)
    assert (kept, deselected) == (["a", "c"], ["b", "d"])


def collect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def collected(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stdout.splitlines() if line.startswith("steps/")]


def scenario_runs() -> int:
    """What the feature files make: one item per scenario, one per example row of an outline."""
    features = [FeatureParser(str(ROOT / "features"), path.name).parse()
                for path in sorted((ROOT / "features").glob("*.feature"))]
    templates = [template for feature in features for template in feature.scenarios.values()]
    return sum(sum(len(list(examples.as_contexts())) for examples in t.examples) or 1 for t in templates)


def test_the_whole_suite_still_collects_and_the_sample_defect_collects_its_scenarios() -> None:
    everything = collect()
    assert everything.returncode == 0, everything.stdout + everything.stderr
    assert len(collected(everything)) == scenario_runs()
    sample = collect(f"--defect={SAMPLE}")
    assert sample.returncode == 0, sample.stdout + sample.stderr
    items = collected(sample)
    assert set(items) < set(collected(everything))
    assert {item.split("[")[0] for item in items} == {
        "steps/test_dong_bo_trang_thai.py::test_cán_bộ_tiếp_nhận_hồ_sơ_thì_tra_cứu_hồ_sơ_trên_cổng_cho_được_tiếp_nhận"
        "_và_đúng_ngày_hẹn_trả_của_mẫu_số_01",
        "steps/test_dong_bo_trang_thai.py::test_mỗi_bước_xử_lý_trên_hệ_thống_một_cửa_điện_tử_đều_lên_cổng_với_đúng"
        "_tên_trạng_thái",
    }
    assert f"đã bỏ chọn {len(collected(everything)) - len(items)}" in sample.stdout


def test_an_unknown_defect_stops_the_run_with_one_sentence() -> None:
    run = collect("--defect=TB9999-99")
    assert run.returncode != 0
    assert "--defect=TB9999-99" in run.stdout + run.stderr and "TB1970-01" in run.stdout + run.stderr
