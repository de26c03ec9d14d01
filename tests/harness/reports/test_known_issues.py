"""Known issues: the scenarios of the register's open defects, given to Allure 3 as `issue` resolutions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from allure_commons.utils import md5

from harness.defects.parser import load_register
from harness.defects.scenario_tags import read_scenario_tags, stable_case_id
from harness.reports import build
from harness.reports.known_issues import NO_TRACKER_URL, known_test_case_ids, resolutions
from tests.allure_single_file import embedded_texts
from tests.harness.reports.allure_results import describe_run, needs_allure, write_result

REGISTER = """
[defects."TB-01"]
tieu_de = "Không tìm được thủ tục theo mã"
thong_bao = "1970/TB-TTDLQG-P4"
don_vi = "Công an Phường Tuy Hòa"
luong = ["tim_kiem"]
trang_thai = "mở"
ngay_bao = 2026-03-02

[defects."TB-02"]
tieu_de = "Kết quả tìm kiếm sai thứ tự"
thong_bao = "1970/TB-TTDLQG-P4"
don_vi = "Công an Phường Tuy Hòa"
luong = ["tim_kiem"]
trang_thai = "đã khắc phục chờ xác nhận"
ngay_bao = 2026-03-02
ngay_khac_phuc = 2026-03-09
"""

FEATURE = """# language: vi
@tim_kiem
Tính năng: Tìm kiếm thủ tục hành chính

  @smoke @loi:TB-01 @id:tim-theo-ma
  Kịch bản: Tìm thủ tục theo mã
    Cho người dân mở trang tìm kiếm

  @loi:TB-02 @id:tim-thu-tu
  Kịch bản: Kết quả theo thứ tự liên quan
    Cho người dân mở trang tìm kiếm

  @loi:TB-01 @id:tim-khong-dau
  Kịch bản: Tìm không dấu
    Cho người dân mở trang tìm kiếm
"""


@pytest.fixture
def project(tmp_path: Path) -> tuple:
    (tmp_path / "defects.toml").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "tim_kiem.feature").write_text(FEATURE, encoding="utf-8")
    register = load_register(tmp_path / "defects.toml")
    return register, known_test_case_ids(register, read_scenario_tags(tmp_path / "features"))


def test_the_test_case_id_is_the_one_fixtures_defects_gives_the_result() -> None:
    assert stable_case_id("tim-theo-ma") == md5("id:tim-theo-ma")


def test_only_open_defects_are_known_issues(project: tuple) -> None:
    _, known = project
    assert known == {"TB-01": [stable_case_id("tim-theo-ma"), stable_case_id("tim-khong-dau")]}


def test_each_open_defect_is_an_issue_rule_with_its_title(project: tuple) -> None:
    register, known = project
    setting = resolutions(register, known, NO_TRACKER_URL)
    assert setting["links"] == {"loi": {"urlTemplate": NO_TRACKER_URL, "nameTemplate": "Lỗi %s"}}
    (rule,) = setting["rules"]
    assert rule["resolution"] == "issue" and rule["issue"] == {"id": "TB-01", "type": "loi"}
    assert rule["testCaseId"] == known["TB-01"]
    assert "Không tìm được thủ tục theo mã" in rule["comment"]


@needs_allure
def test_a_known_failure_is_linked_to_its_defect_and_passes_the_gate(
    project: tuple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build, "_known_issues", lambda: project)
    results = tmp_path / "results"
    write_result(results, "Tìm thủ tục theo mã", "tim-theo-ma", "failed", 1_796_299_588_754)
    describe_run(results, "sandbox", 1_796_299_588_754)

    assert build.main(["--results", str(results), "--output", str(tmp_path / "report")]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    texts = embedded_texts(Path(out.out.strip()).read_text(encoding="utf-8"))
    (result,) = [json.loads(text) for path, text in texts.items() if path.startswith("data/test-results/")]
    assert result["status"] == "failed" and result["resolution"] == "issue"
    assert result["resolutionIssue"]["id"] == "TB-01"
    assert "TB-01" in texts["widgets/resolution-categories.json"]
    assert not (build.PROJECT_ROOT / "known-issues.json").exists()  # Allure writes its list in the scratch folder
