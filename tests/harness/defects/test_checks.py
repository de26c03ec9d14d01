"""The tag checks: stable ids present, well formed and unique; defect tags and register entries match."""

from pathlib import Path

import pytest

from harness.defects.checks import check_defect_tags, check_stable_ids
from harness.defects.parser import load_register
from harness.defects.scenario_tags import read_scenario_tags
from harness.errors import HarnessError

REGISTER = """[defects."TB1970-01"]
tieu_de = "Đồng bộ trạng thái hồ sơ lên Cổng chậm"
thong_bao = "1970/TB-TTDLQG-P4"
don_vi = "Công an Phường Tuy Hòa"
luong = ["dong_bo_trang_thai"]
trang_thai = "mở"
ngay_bao = 2026-03-02
"""
FEATURE = """# language: vi
@dong_bo_trang_thai
Tính năng: Đồng bộ trạng thái

  @smoke @loi:TB1970-01 @id:dong-bo-tiep-nhan
  Kịch bản: Tiếp nhận lên Cổng
    Cho cán bộ tiếp nhận hồ sơ

  @id:dong-bo-moi-buoc
  Khung kịch bản: Mỗi bước lên Cổng
    Cho hồ sơ ở trạng thái "<trạng thái>"

    Dữ liệu:
      | trạng thái |
      | Dừng xử lý |
"""


def project(tmp_path: Path, feature: str = FEATURE, register: str = REGISTER):
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "dong_bo.feature").write_text(feature, encoding="utf-8")
    (tmp_path / "defects.toml").write_text(register, encoding="utf-8")
    return read_scenario_tags(tmp_path / "features"), load_register(tmp_path / "defects.toml")


def refusal(check, *args) -> str:
    with pytest.raises(HarnessError) as error:
        check(*args)
    assert "\n" not in str(error.value)
    return str(error.value)


def test_tags_are_read_with_their_lines_and_the_feature_tags(tmp_path: Path) -> None:
    scenarios, register = project(tmp_path)
    first, outline = scenarios
    assert [(tag.value, tag.line) for tag in first.values("loi")] == [("TB1970-01", 5)]
    assert (outline.line, outline.own_values("id")[0].value) == (10, "dong-bo-moi-buoc")
    assert [tag.name for tag in outline.values("dong_bo_trang_thai")] == ["dong_bo_trang_thai"]
    check_stable_ids(scenarios)
    check_defect_tags(scenarios, register)


def test_a_scenario_without_a_stable_id_names_file_line_and_scenario(tmp_path: Path) -> None:
    scenarios, _ = project(tmp_path, FEATURE.replace("  @id:dong-bo-moi-buoc\n", ""))
    message = refusal(check_stable_ids, scenarios)
    assert "dong_bo.feature, dòng 9" in message and "Mỗi bước lên Cổng" in message and "@id:" in message


def test_a_duplicate_stable_id_names_both_scenarios(tmp_path: Path) -> None:
    scenarios, _ = project(tmp_path, FEATURE.replace("@id:dong-bo-moi-buoc", "@id:dong-bo-tiep-nhan"))
    message = refusal(check_stable_ids, scenarios)
    assert "dong_bo.feature, dòng 9" in message and "dong-bo-tiep-nhan" in message and "dòng 6" in message


def test_a_stable_id_must_be_a_short_ascii_slug(tmp_path: Path) -> None:
    scenarios, _ = project(tmp_path, FEATURE.replace("@id:dong-bo-moi-buoc", "@id:Đồng_bộ"))
    assert "dòng 9" in refusal(check_stable_ids, scenarios)


def test_two_stable_ids_on_one_scenario_are_refused(tmp_path: Path) -> None:
    scenarios, _ = project(tmp_path, FEATURE.replace("@id:dong-bo-moi-buoc", "@id:dong-bo-moi-buoc @id:khac"))
    assert "dòng 9" in refusal(check_stable_ids, scenarios)


def test_an_unknown_defect_tag_names_file_line_and_id(tmp_path: Path) -> None:
    scenarios, register = project(tmp_path, FEATURE.replace("@id:dong-bo-moi-buoc", "@loi:TB1970-09 @id:x"))
    message = refusal(check_defect_tags, scenarios, register)
    assert "dong_bo.feature, dòng 9" in message and "@loi:TB1970-09" in message and "defects.toml" in message


def test_a_defect_tag_on_the_feature_counts_for_its_scenarios(tmp_path: Path) -> None:
    untagged = FEATURE.replace(" @loi:TB1970-01", "")
    feature = untagged.replace("@dong_bo_trang_thai\n", "@dong_bo_trang_thai @loi:TB1970-01\n")
    scenarios, register = project(tmp_path, feature)
    check_defect_tags(scenarios, register)


def test_a_register_entry_no_scenario_reproduces_names_register_line_and_id(tmp_path: Path) -> None:
    scenarios, register = project(tmp_path, FEATURE.replace(" @loi:TB1970-01", ""))
    message = refusal(check_defect_tags, scenarios, register)
    assert "defects.toml, dòng 1" in message and "TB1970-01" in message


def test_the_project_features_and_register_agree() -> None:
    root = Path(__file__).resolve().parents[3]
    scenarios = read_scenario_tags(root / "features")
    check_stable_ids(scenarios)
    check_defect_tags(scenarios, load_register(root / "data" / "defects.toml"))
    assert len(scenarios) >= 79
