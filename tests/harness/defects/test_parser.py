"""data/defects.toml: a good register, and each bad entry stopped with its file, line and id in one sentence."""

from datetime import date
from pathlib import Path

import pytest

from harness.defects.parser import load_register
from harness.errors import HarnessError

FLOWS = {"dong_bo_trang_thai", "sms", "tiep_nhan"}
GOOD = """# Sổ lỗi mẫu
[defects."TB1970-01"]
tieu_de = "Đồng bộ trạng thái hồ sơ lên Cổng chậm"
thong_bao = "1970/TB-TTDLQG-P4"
don_vi = "Công an Phường Tuy Hòa"
luong = ["dong_bo_trang_thai"]
trang_thai = "đã khắc phục chờ xác nhận"
ngay_bao = 2026-03-02
ngay_khac_phuc = 2026-03-09

[defects.'TB1970-02']
tieu_de = "Không gửi SMS báo ngày hẹn trả"
thong_bao = "1970/TB-TTDLQG-P4"
don_vi = "Công an Phường Tuy Hòa"
luong = ["sms", "tiep_nhan"]
trang_thai = "mở"
ngay_bao = 2026-03-02
"""
SECOND_ENTRY_LINE = 11


def register_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "defects.toml"
    path.write_text(text, encoding="utf-8")
    return path


def rejection(tmp_path: Path, text: str) -> str:
    with pytest.raises(HarnessError) as error:
        load_register(register_file(tmp_path, text), known_flows=FLOWS)
    message = str(error.value)
    assert "\n" not in message and "defects.toml" in message
    return message


def second_entry_with(line: str, replacing: str) -> str:
    head, _, tail = GOOD.partition('[defects.\'TB1970-02\']')
    return head + "[defects.'TB1970-02']" + tail.replace(replacing, line)


def test_a_good_register_reads_every_field_and_the_header_lines(tmp_path: Path) -> None:
    register = load_register(register_file(tmp_path, GOOD), known_flows=FLOWS)
    fixed = register["TB1970-01"]
    assert (fixed.title, fixed.notice, fixed.unit) == (
        "Đồng bộ trạng thái hồ sơ lên Cổng chậm", "1970/TB-TTDLQG-P4", "Công an Phường Tuy Hòa")
    assert (fixed.status, fixed.reported, fixed.fixed, fixed.confirmed) == (
        "đã khắc phục chờ xác nhận", date(2026, 3, 2), date(2026, 3, 9), None)
    assert (fixed.line, register["TB1970-02"].line) == (2, SECOND_ENTRY_LINE)
    assert register["TB1970-02"].flows == ("sms", "tiep_nhan")
    assert register.titles()["TB1970-02"] == "Không gửi SMS báo ngày hẹn trả"


def test_a_missing_register_is_empty(tmp_path: Path) -> None:
    assert list(load_register(tmp_path / "defects.toml")) == []


def test_the_real_register_loads() -> None:
    register = load_register(Path(__file__).resolve().parents[3] / "data" / "defects.toml")
    assert "TB1970-01" in register


def test_an_unknown_status_names_line_id_and_the_statuses(tmp_path: Path) -> None:
    message = rejection(tmp_path, second_entry_with('trang_thai = "đã sửa"', 'trang_thai = "mở"'))
    assert f"dòng {SECOND_ENTRY_LINE}" in message and "TB1970-02" in message and "đã sửa" in message
    assert "không tái hiện" in message


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    message = rejection(tmp_path, second_entry_with("", 'don_vi = "Công an Phường Tuy Hòa"\n'))
    assert f"dòng {SECOND_ENTRY_LINE}" in message and "TB1970-02" in message and "thiếu trường don_vi" in message


def test_a_date_written_as_text_is_refused(tmp_path: Path) -> None:
    message = rejection(tmp_path, second_entry_with('ngay_bao = "02/03/2026"', "ngay_bao = 2026-03-02"))
    assert f"dòng {SECOND_ENTRY_LINE}" in message and "TB1970-02" in message and "ngay_bao" in message


def test_an_impossible_date_is_the_toml_error_at_its_own_line(tmp_path: Path) -> None:
    message = rejection(tmp_path, GOOD.replace("ngay_khac_phuc = 2026-03-09", "ngay_khac_phuc = 2026-02-30"))
    assert "dòng 9" in message


def test_a_fix_before_the_notice_is_a_bad_date(tmp_path: Path) -> None:
    message = rejection(tmp_path, GOOD.replace("ngay_khac_phuc = 2026-03-09", "ngay_khac_phuc = 2026-02-09"))
    assert "dòng 2" in message and "TB1970-01" in message and "ngay_khac_phuc" in message


def test_a_status_without_its_dates_is_refused(tmp_path: Path) -> None:
    message = rejection(tmp_path, GOOD.replace("ngay_khac_phuc = 2026-03-09\n", ""))
    assert "dòng 2" in message and "TB1970-01" in message and "ngay_khac_phuc" in message


def test_a_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    message = rejection(tmp_path, GOOD.replace("[defects.'TB1970-02']", '[defects."TB1970-01"]'))
    assert f"dòng {SECOND_ENTRY_LINE}" in message and "TB1970-01" in message and "dòng 2" in message


def test_an_unknown_flow_or_field_is_named(tmp_path: Path) -> None:
    flow = rejection(tmp_path, second_entry_with('luong = ["nop_ho_s"]', 'luong = ["sms", "tiep_nhan"]'))
    assert f"dòng {SECOND_ENTRY_LINE}" in flow and "nop_ho_s" in flow
    field = rejection(tmp_path, GOOD + 'trang_thia = "mở"\n')
    assert f"dòng {SECOND_ENTRY_LINE}" in field and "trang_thia" in field


def test_an_id_a_tag_cannot_carry_is_refused(tmp_path: Path) -> None:
    message = rejection(tmp_path, GOOD.replace("[defects.'TB1970-02']", "[defects.'TB 1970']"))
    assert f"dòng {SECOND_ENTRY_LINE}" in message and "TB 1970" in message


def test_a_fix_may_say_the_moment_it_was_declared(tmp_path: Path) -> None:
    text = GOOD.replace("ngay_khac_phuc = 2026-03-09", "ngay_khac_phuc = 2026-03-09T14:00:00+07:00")
    fixed = load_register(register_file(tmp_path, text), known_flows=FLOWS)["TB1970-01"]
    assert fixed.fixed == date(2026, 3, 9) and fixed.fix_declared.isoformat() == "2026-03-09T14:00:00+07:00"
    assert load_register(register_file(tmp_path, GOOD))["TB1970-01"].fix_declared.isoformat() == (
        "2026-03-09T00:00:00+07:00")
    naive = GOOD.replace("ngay_khac_phuc = 2026-03-09", "ngay_khac_phuc = 2026-03-09T14:00:00")
    assert "thiếu múi giờ" in rejection(tmp_path, naive)
