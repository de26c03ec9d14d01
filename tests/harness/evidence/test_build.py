"""The report builder: one self-contained HTML file, or one clear sentence and a non-zero exit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harness.reports import build
from harness.reports.offline import external_references
from tests.allure_single_file import embedded_texts
from tests.harness.evidence.mini_project import SECRET, MiniRun

SET_UP_HINT = "chạy lại lệnh cài đặt trong README / run the set-up command in the README"


def test_missing_results_say_to_run_pytest_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build.main(["--results", str(tmp_path / "nowhere"), "--output", str(tmp_path / "report")]) == 2
    error = capsys.readouterr().err
    assert "pytest" in error and str(tmp_path / "nowhere") in error
    assert len(error.strip().splitlines()) == 1


def test_empty_results_say_to_run_pytest_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "results").mkdir()
    assert build.main(["--results", str(tmp_path / "results"), "--output", str(tmp_path / "report")]) == 2
    assert "Không có kết quả kiểm thử" in capsys.readouterr().err


def test_missing_node_modules_say_to_run_the_set_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "PROJECT_ROOT", tmp_path)
    results = tmp_path / "results"
    results.mkdir()
    (results / "x-result.json").write_text("{}", encoding="utf-8")
    assert build.main(["--results", str(results), "--output", str(tmp_path / "report")]) == 2
    assert SET_UP_HINT in capsys.readouterr().err


@pytest.mark.skipif(
    not (build.PROJECT_ROOT / "node_modules" / ".bin" / "allure").exists(),
    reason="node_modules has no Allure 3 CLI: run `npm ci` (scripts/setup) to test the real report build",
)
def test_the_report_is_one_self_contained_html_file(
    mini_run: MiniRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results"
    shutil.copytree(mini_run.results, results)
    output = tmp_path / "report"

    # 1: built, but its failing smoke scenario is no known issue of data/defects.toml (the quality gate).
    assert build.main(["--results", str(results), "--output", str(output)]) == 1
    printed = Path(capsys.readouterr().out.strip())
    assert printed.is_absolute() and printed.parent == output
    assert [path.name for path in output.rglob("*.html")] == [printed.name]

    html = printed.read_text(encoding="utf-8")
    assert "<title> Báo cáo kiểm thử Cổng DVCQG </title>" in html
    assert external_references(html) == [] and "googletagmanager" not in html
    assert "Content-Security-Policy" in html
    embedded = embedded_texts(html)
    assert "Lỗi sản phẩm (assertion thất bại)" in embedded["widgets/categories.json"]
    assert "Đăng nhập (VNeID, cán bộ)" in embedded["widgets/tree.json"]
    assert not any(SECRET in content for content in embedded.values())
