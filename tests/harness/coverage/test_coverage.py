"""Coverage against data/coverage.toml: per flow, per procedure and per unit, covered and passed, covered and
failed, or not covered; the requirements file's mistakes as one sentence naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.coverage.__main__ import main
from harness.coverage.compute import COVERED_FAILED, COVERED_PASSED, NOT_COVERED, compute_coverage
from harness.coverage.requirements import REQUIREMENTS_FILE, load_requirements
from harness.coverage.table import coverage_html, coverage_markdown
from harness.errors import HarnessError
from harness.scenario_results import read_results
from tests.harness.coverage.results_builder import write_result

TUY_HOA, BIEN_HOA = "Công an Phường Tuy Hòa", "Ủy ban nhân dân Phường Biên Hòa"
REQUIREMENTS = """
luong = ["nop_ho_so", "tiep_nhan", "sms"]
[thu_tuc]
"1.004194" = "Đăng ký tạm trú"
"1.003677" = "Khai báo tạm vắng"
"2.000635" = "Cấp bản sao Trích lục hộ tịch"
[don_vi."Công an Phường Tuy Hòa"]
thu_tuc = ["1.004194", "1.003677"]
[don_vi."Ủy ban nhân dân Phường Biên Hòa"]
thu_tuc = ["2.000635"]
"""


@pytest.fixture
def requirements_file(tmp_path: Path) -> Path:
    path = tmp_path / "coverage.toml"
    path.write_text(REQUIREMENTS, encoding="utf-8")
    return path


@pytest.fixture
def results(tmp_path: Path) -> Path:
    folder = tmp_path / "allure-results"
    write_result(folder, "Nộp tạm trú", "passed", "nop_ho_so", ["1.004194"], unit=TUY_HOA)
    write_result(folder, "Tiếp nhận tạm trú", "failed", "tiep_nhan", ["1.004194"], unit=TUY_HOA)
    # An outline tagged with two codes whose example row names the one it ran, at a unit named in the row.
    write_result(folder, "Nộp tờ khai", "passed", "nop_ho_so", ["1.004194", "2.000635"],
                 parameters={"thủ tục": "2.000635", "cơ quan tiếp nhận": BIEN_HOA})
    write_result(folder, "SMS thủ công", "skipped", "sms", ["1.004194"])
    return folder


def test_each_flow_procedure_and_unit_is_passed_failed_or_not_covered(results: Path, requirements_file: Path) -> None:
    coverage = compute_coverage(read_results(results), load_requirements(requirements_file))

    assert {flow: tally.verdict for flow, tally in coverage.flows.items()} == {
        "nop_ho_so": COVERED_PASSED, "tiep_nhan": COVERED_FAILED, "sms": NOT_COVERED}
    assert coverage.flows["sms"].skipped == 1
    assert coverage.procedures["1.004194"].verdict == COVERED_FAILED
    assert coverage.procedures["1.003677"].verdict == NOT_COVERED
    assert coverage.procedures["2.000635"].verdict == COVERED_PASSED
    assert {code: tally.verdict for code, tally in coverage.units[TUY_HOA].items()} == {
        "1.004194": COVERED_FAILED, "1.003677": NOT_COVERED}
    assert coverage.units[BIEN_HOA]["2.000635"].passed == 1


def test_a_rerun_counts_once_with_its_last_attempt(tmp_path: Path, requirements_file: Path) -> None:
    folder = tmp_path / "allure-results"
    write_result(folder, "Tiếp nhận", "failed", "tiep_nhan", ["1.004194"], history_id="same")
    write_result(folder, "Tiếp nhận", "passed", "tiep_nhan", ["1.004194"], history_id="same", stop_offset=5000)

    coverage = compute_coverage(read_results(folder), load_requirements(requirements_file))

    assert (coverage.flows["tiep_nhan"].passed, coverage.flows["tiep_nhan"].failed) == (1, 0)


def test_html_fragment_has_captioned_tables_with_scoped_headers(results: Path, requirements_file: Path) -> None:
    html = coverage_html(results, "staging", requirements_path=requirements_file)

    assert html.count("<caption>") == 3 and "<caption>Thủ tục theo đơn vị</caption>" in html
    assert '<th scope="col">Kết quả</th>' in html
    assert '<tr><th scope="row">1.003677</th><td>Khai báo tạm vắng</td><td>Chưa kiểm thử</td>' in html
    assert "môi trường staging" in html


def test_markdown_lists_the_unit_pairs(results: Path, requirements_file: Path) -> None:
    markdown = coverage_markdown(results, "sandbox", units=[TUY_HOA], requirements_path=requirements_file)

    assert f"| {TUY_HOA} | 1.004194 | Đăng ký tạm trú | Đã kiểm thử, không đạt | 1 | 1 | 0 |" in markdown
    assert BIEN_HOA not in markdown.split("**Thủ tục theo đơn vị**")[1]
    assert "Luồng: 2/3 đã kiểm thử (1 đạt, 1 không đạt)" in markdown


@pytest.mark.parametrize(("text", "key"), [
    ('luong = "nop_ho_so"\n[thu_tuc]\n[don_vi.X]\nthu_tuc = []', "khoá luong"),
    ('luong = ["nop_ho_so"]\n[thu_tuc]\n[don_vi."Công an"]\nthu_tuc = ["1.004194"]', 'khoá don_vi."Công an".thu_tuc'),
    ('luong = ["nop_ho_so"]\n[don_vi.X]\nthu_tuc = []', "khoá thu_tuc"),
    ('luong = ["bay_bong"]\n[thu_tuc]\n[don_vi.X]\nthu_tuc = []', "khoá luong"),
])
def test_a_wrong_requirements_file_is_one_sentence_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "coverage.toml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(HarnessError, match=f"coverage.toml, {key}") as raised:
        load_requirements(path, known_flows={"nop_ho_so"})
    assert str(raised.value).count(". ") == 0 and str(raised.value).endswith(".")


def test_the_project_requirements_name_the_twelve_flows_the_three_audits_and_real_units() -> None:
    requirements = load_requirements(REQUIREMENTS_FILE)

    assert len(requirements.flows) == 15 and requirements.flows[-3:] == (
        "ra_soat_tai_khoan", "ra_soat_tthc", "chuyen_doi_ho_so")
    assert TUY_HOA in requirements.units and "1.003677" in requirements.units[TUY_HOA]


def test_command_prints_markdown_and_refuses_an_unknown_unit(results: Path, requirements_file: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--results", str(results), "--env", "sandbox", "--requirements", str(requirements_file)]) == 0
    assert "## Phạm vi kiểm thử" in capsys.readouterr().out

    assert main(["--results", str(results), "--unit", "Phường Ma", "--requirements", str(requirements_file)]) == 2
    assert "Đơn vị 'Phường Ma' không có trong" in capsys.readouterr().err
