"""A scenario made to fail by one changed expected label leaves the evidence a reader needs.

One child run of the tim_kiem smoke scenario against the sandbox, from a copy of its feature where the
procedure the last Thì-step expects is one the search cannot list; then the report built from its results.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from tests.allure_single_file import embedded_files
from tests.e2e.conftest import PROJECT_ROOT, HarnessRun, run_harness

SCENARIO = "Tìm thủ tục đăng ký khai sinh theo từ khoá"
EXPECTED_STEP = 'Và các thủ tục đã liệt kê có "Thủ tục đăng ký khai sinh"'
CHANGED_STEP = 'Và các thủ tục đã liệt kê có "Thủ tục đăng ký khai tử"'
CATEGORY = "Lỗi sản phẩm (assertion thất bại)"
JPEG_SIGNATURE = b"\xff\xd8\xff"


@pytest.fixture(scope="module")
def failing_run(tmp_path_factory: pytest.TempPathFactory) -> HarnessRun:
    feature = (PROJECT_ROOT / "features" / "tim_kiem.feature").read_text(encoding="utf-8")
    assert feature.count(EXPECTED_STEP) == 1, "the smoke scenario of tim_kiem.feature no longer has the step to change"
    # allure-pytest-bdd titles a result by its feature's path relative to the rootdir, so the copy must live
    # under the project: in reports/, which git ignores.
    scratch = PROJECT_ROOT / "reports"
    scratch.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kich-ban-loi-", dir=scratch) as features:
        # Every feature is copied: the defect register is checked against the features of the run's folder.
        for other in (PROJECT_ROOT / "features").glob("*.feature"):
            (Path(features) / other.name).write_text(other.read_text(encoding="utf-8"), "utf-8")
        (Path(features) / "tim_kiem.feature").write_text(feature.replace(EXPECTED_STEP, CHANGED_STEP), "utf-8")
        return run_harness(
            tmp_path_factory.mktemp("failing-scenario"),
            "steps/test_tim_kiem.py", "-m", "smoke", "-o", f"bdd_features_base_dir={features}",
        )


@pytest.fixture(scope="module")
def failed_result(failing_run: HarnessRun) -> dict:
    results = failing_run.result_files()
    assert [(result["name"], result["status"]) for result in results] == [(SCENARIO, "failed")], (
        failing_run.output[-4000:]
    )
    return results[0]


@pytest.fixture(scope="module")
def report_html(failing_run: HarnessRun, tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("failing-scenario-report")
    built = subprocess.run(
        [sys.executable, "-m", "harness.reports.build", "--results", str(failing_run.results), "--output", str(output)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    # The failing scenario is a smoke one and no known issue: the report is built and the quality gate fails.
    assert built.returncode == 1 and SCENARIO in built.stderr, built.stderr
    report = Path(built.stdout.strip())
    assert report == output / "index.html" and [path.name for path in output.rglob("*.html")] == ["index.html"]
    return report.read_text(encoding="utf-8")


def failed_step(result: dict) -> dict:
    (step,) = [step for step in result["steps"] if step["status"] == "failed"]
    return step


def test_the_changed_label_fails_its_step_and_the_run(failing_run: HarnessRun, failed_result: dict) -> None:
    assert failing_run.returncode == 1, failing_run.output[-4000:]
    assert failed_step(failed_result)["name"] == CHANGED_STEP
    assert failed_result["statusDetails"]["message"].startswith("AssertionError")


def test_the_failing_step_carries_its_screenshot(failing_run: HarnessRun, failed_result: dict) -> None:
    screenshots = [a for a in failed_step(failed_result).get("attachments", []) if a["type"] == "image/jpeg"]
    assert screenshots, failed_step(failed_result)
    assert (failing_run.results / screenshots[-1]["source"]).read_bytes().startswith(JPEG_SIGNATURE)


def test_the_failing_scenario_carries_its_playwright_trace(failing_run: HarnessRun, failed_result: dict) -> None:
    attachments = failed_result.get("attachments", []) + failed_step(failed_result).get("attachments", [])
    (trace,) = [a for a in attachments if a["name"] == "Playwright trace"]
    assert trace["type"] == "application/zip"
    with zipfile.ZipFile(failing_run.results / trace["source"]) as archive:
        assert "trace.trace" in archive.namelist()


def category_of(result: dict, categories: list[dict]) -> str | None:
    """The first category whose status and message regex fit the result, as the Allure 3 report picks it."""
    message = result["statusDetails"].get("message", "")
    for category in categories:
        regex = category.get("messageRegex")
        if result["status"] in category["matchedStatuses"] and (regex is None or re.search(regex, message)):
            return category["name"]
    return None


def test_the_failure_falls_into_a_vietnamese_category(failing_run: HarnessRun, failed_result: dict) -> None:
    categories = json.loads((failing_run.results / "categories.json").read_text(encoding="utf-8"))
    assert all(not category["name"].isascii() for category in categories)
    assert category_of(failed_result, categories) == CATEGORY


def report_result(files: dict[str, bytes], name: str) -> dict:
    results = [json.loads(data) for path, data in files.items() if path.startswith("data/test-results/")]
    (result,) = [result for result in results if result["name"] == name]
    return result


def embedded_attachment(files: dict[str, bytes], items: list[dict], name: str) -> bytes:
    (link,) = [item["link"] for item in items if item.get("type") == "attachment" and item["link"]["name"] == name]
    return files[f"data/attachments/{link['id']}{link['ext']}"]


def leaves(nodes: dict[str, dict], node_id: str) -> list[dict]:
    children = nodes[node_id].get("childrenIds")
    if not children:
        return [nodes[node_id]]
    return [leaf for child in children for leaf in leaves(nodes, child)]


def test_the_report_files_the_failure_under_its_vietnamese_category(report_html: str) -> None:
    files = embedded_files(report_html)
    tree = json.loads(files["widgets/categories.json"])
    (category_id,) = [key for key, node in tree["nodes"].items() if node["name"] == CATEGORY]
    # With environments, a result's leaf is named after its environment, under a node named after the scenario.
    scenarios = [node for node in tree["nodes"].values() if node["type"] == "history"]
    failed = [(scenario["name"], leaf["name"], leaf["status"]) for scenario in scenarios
              for child in scenario["childrenIds"] for leaf in leaves(tree["nodes"], child)]
    assert failed == [(SCENARIO, "environment: sandbox", "failed")]
    assert [leaf["name"] for leaf in leaves(tree["nodes"], category_id)] == ["environment: sandbox"]


def test_the_report_holds_the_failing_steps_screenshot_and_the_trace(report_html: str) -> None:
    files = embedded_files(report_html)
    result = report_result(files, SCENARIO)
    assert result["status"] == "failed"
    (step,) = [step for step in result["steps"] if step.get("status") == "failed"]
    assert step["name"] == CHANGED_STEP
    assert embedded_attachment(files, step["steps"], "Ảnh màn hình").startswith(JPEG_SIGNATURE)
    trace = embedded_attachment(files, result["steps"] + step["steps"], "Playwright trace")
    with zipfile.ZipFile(io.BytesIO(trace)) as archive:
        assert "trace.trace" in archive.namelist()
