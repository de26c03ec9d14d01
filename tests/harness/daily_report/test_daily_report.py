"""The daily report from a small synthetic run archive: the day's runs by Vietnam date, per-flow counts, the
defects of the day, the median and worst status-sync delay, the official shape, in Markdown and in the DOCX
read back with python-docx; a day without runs and a broken run.json."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from harness.daily_report.__main__ import main
from harness.daily_report.document import dated
from tests.harness.coverage.results_builder import write_result, write_run

REQUIREMENTS = Path(__file__).resolve().parents[3] / "data" / "coverage.toml"
MORNING = datetime.fromisoformat("2026-12-03T09:00:00+07:00")
LOOKUP_WAIT = 'Thì trong thời hạn đồng bộ, Tra cứu hồ sơ trên Cổng cho trạng thái "Được tiếp nhận"'
PROGRESS_WAIT = "Thì trong thời hạn đồng bộ, Cổng có đủ các bước xử lý và trạng thái như trên hệ thống Một cửa điện tử"
DEFECTS = """
[defects."TB-NEW"]
tieu_de = "Mới báo hôm nay"
thong_bao = "1/TB"
don_vi = "Công an Phường Tuy Hòa"
luong = ["sms"]
trang_thai = "mở"
ngay_bao = 2026-12-03

[defects."TB-FIXED"]
tieu_de = "Khắc phục hôm nay"
thong_bao = "2/TB"
don_vi = "Công an Phường Tuy Hòa"
luong = ["dong_bo_trang_thai"]
trang_thai = "đã khắc phục chờ xác nhận"
ngay_bao = 2026-11-20
ngay_khac_phuc = 2026-12-03

[defects."TB-OLD"]
tieu_de = "Đã xác nhận từ trước"
thong_bao = "3/TB"
don_vi = "Công an Phường Tuy Hòa"
luong = ["sms"]
trang_thai = "đã xác nhận"
ngay_bao = 2026-11-01
ngay_khac_phuc = 2026-11-02
ngay_xac_nhan = 2026-11-03
"""


@pytest.fixture
def defects(tmp_path: Path) -> Path:
    path = tmp_path / "defects.toml"
    path.write_text(DEFECTS, encoding="utf-8")
    return path


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    root = tmp_path / "runs"
    morning = write_run(root, MORNING)
    write_result(morning, "Đăng nhập mức 2", "passed", "dang_nhap")
    write_result(morning, "Nộp tạm trú", "passed", "nop_ho_so", ["1.004194"])
    write_result(morning, "Tiếp nhận tạm trú", "failed", "tiep_nhan", ["1.004194"])
    write_result(morning, "Đồng bộ tiếp nhận", "passed", "dong_bo_trang_thai",
                 steps=[("Cho hồ sơ", "passed", 100), (LOOKUP_WAIT, "passed", 1200)])
    afternoon = write_run(root, datetime.fromisoformat("2026-12-03T14:30:00+07:00"))
    write_result(afternoon, "Đồng bộ mọi bước", "passed", "dong_bo_trang_thai",
                 steps=[(PROGRESS_WAIT, "passed", 3400), (PROGRESS_WAIT, "passed", 1600)])
    write_result(afternoon, "Đồng bộ quá hạn", "failed", "dong_bo_trang_thai", steps=[(LOOKUP_WAIT, "failed", 10000)])
    write_result(afternoon, "SMS chờ xác nhận thủ công", "skipped", "sms")
    # 23:30 UTC on the 2nd is 06:30 on the 3rd in Vietnam: that run belongs to the day.
    early = write_run(root, datetime.fromisoformat("2026-12-02T23:30:00+00:00"))
    write_result(early, "Tìm kiếm", "passed", "tim_kiem")
    yesterday = write_run(root, datetime.fromisoformat("2026-12-02T10:00:00+07:00"))
    write_result(yesterday, "Thống kê hôm qua", "passed", "thong_ke")
    return root


def make_report(runs: Path, out: Path, defects: Path, at: str = "2026-12-03T16:10:00+07:00", *extra: str) -> int:
    return main(["--day", "03/12/2026", "--runs", str(runs), "--out", str(out), "--defects", str(defects),
                 "--requirements", str(REQUIREMENTS), "--unit", "Công an Phường Tuy Hòa", "--so", "15/BC-CAPTH",
                 *extra], now=datetime.fromisoformat(at))


def test_markdown_counts_flows_defects_and_delays_of_the_day(runs: Path, tmp_path: Path, defects: Path) -> None:
    assert make_report(runs, tmp_path / "out", defects) == 0
    markdown = (tmp_path / "out" / "bao-cao-ngay-20261203.md").read_text(encoding="utf-8")

    assert "Trong ngày 03/12/2026 có 3 lần chạy bộ kiểm thử, tổng cộng 8 kịch bản." in markdown
    assert "| Tiếp nhận hồ sơ | tiep_nhan | 0 | 1 | 0 | Có kịch bản không đạt |" in markdown
    assert "| Đồng bộ trạng thái hồ sơ | dong_bo_trang_thai | 2 | 1 | 0 | Có kịch bản không đạt |" in markdown
    assert "| Gửi nhận SMS Brandname | sms | 0 | 0 | 1 | Chỉ có kịch bản bỏ qua |" in markdown
    assert "| Thống kê báo cáo | thong_ke | 0 | 0 | 0 | Chưa chạy |" in markdown
    assert "- TB-NEW: Mới báo hôm nay" in markdown.split("2. Lỗi đã khắc phục")[0]
    assert "- TB-FIXED: Khắc phục hôm nay" in markdown.split("2. Lỗi đã khắc phục")[1]
    assert "TB-OLD" not in markdown
    # Delays 1,2 s, 3,4 s and 1,6 s: median 1,6 s, worst 3,4 s; the step past the deadline is counted apart.
    assert "trung vị 1,6 giây, lâu nhất 3,4 giây (3 lần đo)" in markdown
    assert "1 lần chờ quá thời hạn đồng bộ" in markdown
    assert "- Tiếp nhận hồ sơ: Tiếp nhận tạm trú" in markdown
    assert "Báo cáo lập sau 17 giờ" not in markdown


def test_docx_has_the_official_shape_and_the_flow_table(runs: Path, tmp_path: Path, defects: Path) -> None:
    make_report(runs, tmp_path / "out", defects, "2026-12-03T17:00:00+07:00", "--kinh-gui", "Công an tỉnh Đắk Lắk")
    document = Document(str(tmp_path / "out" / "bao-cao-ngay-20261203.docx"))
    letterhead = [cell.text.splitlines() for cell in document.tables[0].rows[0].cells]
    paragraphs = [paragraph.text for paragraph in document.paragraphs]

    assert letterhead == [["CÔNG AN PHƯỜNG TUY HÒA", "Số: 15/BC-CAPTH"],
                          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Đắk Lắk, ngày 03 tháng 12 năm 2026"]]
    assert paragraphs[:3] == ["BÁO CÁO", "Tình hình vận hành Cổng Dịch vụ công quốc gia ngày 03/12/2026",
                              "Kính gửi: Công an tỉnh Đắk Lắk."]
    assert "Báo cáo lập lúc 17:00 ngày 03/12/2026 (giờ Việt Nam)." in paragraphs
    assert "Báo cáo lập sau 17 giờ ngày 03/12/2026." in paragraphs
    flows = next(table for table in document.tables if table.rows[0].cells[0].text == "Luồng nghiệp vụ")
    rows = [[cell.text for cell in row.cells] for row in flows.rows]
    assert len(rows) == 16  # the heading, the twelve flows and the three audits of data/coverage.toml
    assert ["Rà soát tài khoản cán bộ", "ra_soat_tai_khoan", "0", "0", "0", "Chưa chạy"] in rows
    assert ["Nộp hồ sơ", "nop_ho_so", "1", "0", "0", "Đạt"] in rows
    assert "NGƯỜI LẬP BÁO CÁO" in document.tables[-1].rows[0].cells[1].text


def test_a_day_without_runs_still_reports_every_flow_as_not_run(runs: Path, tmp_path: Path, defects: Path) -> None:
    assert main(["--day", "25/12/2026", "--runs", str(runs), "--out", str(tmp_path / "out"), "--defects",
                 str(defects)], now=datetime.fromisoformat("2026-12-25T08:00:00+07:00")) == 0
    markdown = (tmp_path / "out" / "bao-cao-ngay-20261225.md").read_text(encoding="utf-8")

    assert "Không có lần chạy nào trong ngày 25/12/2026" in markdown
    assert markdown.count("| Chưa chạy |") == 15
    assert "Độ trễ đồng bộ: không có số liệu" in markdown


def test_a_broken_run_file_is_one_sentence_naming_it(runs: Path, tmp_path: Path, defects: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    broken = runs / "20261203-120000-sandbox" / "run.json"
    broken.parent.mkdir()
    broken.write_text('{"env": "sandbox"', encoding="utf-8")

    assert make_report(runs, tmp_path / "out", defects) == 2
    error = capsys.readouterr().err.strip()
    assert "20261203-120000-sandbox/run.json không đọc được" in error and error.count("\n") == 0
    assert not (tmp_path / "out").exists()


def test_a_wrong_day_is_one_sentence(runs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--day", "31/02/2026", "--runs", str(runs), "--out", str(tmp_path)]) == 2
    assert "--day 31/02/2026 không phải một ngày dạng dd/mm/yyyy" in capsys.readouterr().err


@pytest.mark.parametrize(("day", "shown"), [("2026-12-03", "ngày 03 tháng 12 năm 2026"),
                                            ("2026-02-15", "ngày 15 tháng 02 năm 2026"),
                                            ("2026-03-09", "ngày 09 tháng 3 năm 2026")])
def test_dates_are_written_as_administrative_documents_write_them(day: str, shown: str) -> None:
    assert dated("Đắk Lắk", datetime.fromisoformat(day).date()) == f"Đắk Lắk, {shown}"
