"""The evidence and tag plugins, run on a miniature pytest-bdd project (fake stage, no browser)."""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus

import pytest

from harness.evidence.redaction import CENSORED
from harness.evidence.repeated_screens import SAME_SCREEN
from tests.harness.evidence.mini_project import ENV_SECRET, SECRET, MiniRun, run_project

FAILING = "Mật khẩu sai bị từ chối"
PASSING = "Trang đăng nhập mở được"


def labels(result: dict) -> set[tuple[str, str]]:
    return {(label["name"], label["value"]) for label in result["labels"]}


def attachment_names(item: dict) -> list[str]:
    return [attachment["name"] for attachment in item.get("attachments", [])]


def test_the_miniature_run_has_one_failing_scenario(mini_run: MiniRun) -> None:
    assert mini_run.returncode == 1, mini_run.output


def test_a_procedure_tag_becomes_a_label_and_a_link_and_a_defect_tag_an_issue(mini_run: MiniRun) -> None:
    result = mini_run.result(FAILING)
    assert {("tthc", "1.001193"), ("loi", "ABC-12")} <= labels(result)
    assert {
        "type": "link",
        "name": "TTHC 1.001193",
        "url": "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193",
    } in result["links"]
    assert {"type": "issue", "name": "Lỗi ABC-12", "url": "ABC-12"} in result["links"]


def test_the_flow_tag_names_the_epic_and_stays_a_marker(mini_run: MiniRun) -> None:
    for name in (FAILING, PASSING):
        assert {("epic", "Đăng nhập (VNeID, cán bộ)"), ("tag", "dang_nhap")} <= labels(mini_run.result(name))
    failing_labels = labels(mini_run.result(FAILING))
    assert ("tag", "smoke") in failing_labels
    assert [value for name, value in failing_labels if name == "epic"] == ["Đăng nhập (VNeID, cán bộ)"]


def test_every_step_holds_its_masked_screenshot_or_names_the_identical_one(mini_run: MiniRun) -> None:
    steps = mini_run.result(FAILING)["steps"]
    assert [attachment_names(step)[-1] for step in steps] == ["Ảnh màn hình", "Ảnh màn hình", SAME_SCREEN,
                                                              "Ảnh màn hình"]
    note = next(a for a in steps[2]["attachments"] if a["name"] == SAME_SCREEN)
    assert "“Khi công dân nhập mật khẩu”" in (mini_run.results / note["source"]).read_text(encoding="utf-8")


def test_a_failing_scenario_carries_its_trace_and_the_portal_problems(mini_run: MiniRun) -> None:
    failing = mini_run.result(FAILING)
    trace = next(a for a in failing["attachments"] if a["name"] == "Playwright trace")
    assert trace["type"] == "application/zip" and trace["source"].endswith(".zip")
    problems = next(a for a in failing["attachments"] if a["name"] == "Lỗi console và request của cổng")
    assert f"console: lỗi với {CENSORED}" in (mini_run.results / problems["source"]).read_text(encoding="utf-8")
    assert attachment_names(mini_run.result(PASSING)) == []


def test_the_run_files_are_written_after_the_run(mini_run: MiniRun) -> None:
    categories = json.loads((mini_run.results / "categories.json").read_text(encoding="utf-8"))
    assert "Lỗi sản phẩm (assertion thất bại)" in [category["name"] for category in categories]
    environment = (mini_run.results / "environment.properties").read_text(encoding="ascii")
    assert "=sandbox" in environment and "http://127.0.0.1:8765/\n" in environment
    assert "pw-in-url" not in environment and "token=abc" not in environment
    assert json.loads((mini_run.results / "executor.json").read_text(encoding="utf-8"))["type"] in {"local", "github"}


@pytest.mark.parametrize("run", ["mini_run", "mini_run_xdist"])
def test_no_secret_remains_in_results_attachments_or_traces(run: str, request: pytest.FixtureRequest) -> None:
    # Under xdist the secret is registered on a worker only: the controller never learns it.
    mini = request.getfixturevalue(run)
    assert mini.returncode == 1, mini.output
    forms = {SECRET, quote_plus(SECRET), quote(SECRET, safe=""), json.dumps(SECRET)[1:-1], ENV_SECRET}
    leaks = [name for name, data in mini.contents() for form in forms if form.encode() in data]
    assert leaks == []
    censored = [name for name, data in mini.contents() if CENSORED.encode() in data]
    assert any(name.endswith("-result.json") for name in censored)
    assert any(name.endswith("!trace.trace") for name in censored)


def test_options_turn_screenshots_down_and_traces_off(tmp_path_factory: pytest.TempPathFactory) -> None:
    run = run_project(tmp_path_factory.mktemp("options"), "--screenshots=on-failure", "--evidence-trace=off")
    failing = run.result(FAILING)
    assert [("Ảnh màn hình" in attachment_names(step)) for step in failing["steps"]] == [False, False, False, True]
    assert attachment_names(failing) == ["Lỗi console và request của cổng"]


def test_a_scenario_skipped_before_it_starts_is_in_the_report_with_its_reason_and_steps(mini_run: MiniRun) -> None:
    result = mini_run.result("Kịch bản môi trường này không chạy")
    assert result["status"] == "skipped"
    assert "Từ chối: môi trường chỉ đọc." in result["statusDetails"]["message"]
    assert [step["status"] for step in result["steps"]] == ["skipped", "skipped"]
    assert ("epic", "Đăng nhập (VNeID, cán bộ)") in labels(result)


def test_a_scenario_broken_by_a_fixture_is_in_the_report_as_broken(mini_run: MiniRun) -> None:
    result = mini_run.result("Kịch bản hỏng trước bước đầu tiên")
    assert result["status"] == "broken"
    assert "sandbox không trả lời" in result["statusDetails"]["message"]
