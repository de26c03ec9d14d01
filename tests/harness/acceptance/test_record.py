"""The acceptance record of a defect: which runs it names (the latest, the last before the fix), what it says
when one is missing, and the folder it writes — HTML, PDF printed by Chromium with the Vietnamese text intact,
and a manifest that verifies, then names the one evidence file changed after."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from harness.acceptance.__main__ import REGISTER, ROOT, main, make_record
from harness.acceptance.record import build_record, defect_scenarios
from harness.acceptance.runs import archived_runs
from harness.defects.parser import load_register
from harness.defects.scenario_tags import read_scenario_tags
from harness.errors import HarnessError
from harness.evidence.manifest import verify_manifest
from harness.vietnam_time import VIETNAM
from tests.harness.acceptance.support import SCENARIO, archive_run

NOW = datetime(2026, 12, 3, 19, 40, tzinfo=VIETNAM)


def defect(defect_id: str = "TB1970-02"):
    return load_register(REGISTER)[defect_id]


def record_from(root: Path, defect_id: str = "TB1970-02"):
    found = defect(defect_id)
    scenarios = defect_scenarios(found, read_scenario_tags(ROOT / "features"), ROOT)
    return build_record(found, scenarios, archived_runs(root), made_at=NOW, harness_version="abc1234",
                        made_by="Người lập")


def test_the_defects_scenarios_come_from_the_feature_tags():
    scenarios = defect_scenarios(defect(), read_scenario_tags(ROOT / "features"), ROOT)
    assert [(s.stable_id, s.feature) for s in scenarios] == [(SCENARIO, "features/sms.feature")]


def test_latest_run_and_last_run_before_the_fix(tmp_path):
    archive_run(tmp_path, "20260301-090000-sandbox", "2026-03-01T09:00:00+07:00", "failed")
    archive_run(tmp_path, "20260305-230000-sandbox", "2026-03-05T23:00:00+07:00", "failed")
    archive_run(tmp_path, "20260306-080000-sandbox", "2026-03-06T08:00:00+07:00", "passed")  # fix day: after
    archive_run(tmp_path, "20261203-193000-sandbox", "2026-12-03T19:30:00+07:00", "passed")
    archive_run(tmp_path, "20261203-200000-sandbox", "2026-12-03T20:00:00+07:00", "passed", stable_id="khac")
    record = record_from(tmp_path)
    assert record.latest.run.id == "20261203-193000-sandbox" and record.latest.verdict == "Đạt"
    assert record.before_fix.run.id == "20260305-230000-sandbox" and record.before_fix.verdict == "Không đạt"
    assert record.notes == []


def test_what_the_record_says_when_a_run_is_missing(tmp_path):
    archive_run(tmp_path, "20261203-193000-sandbox", "2026-12-03T19:30:00+07:00", "passed")
    assert record_from(tmp_path).notes == ["Không có lần chạy nào trước khi khắc phục (00:00 ngày 06/03/2026): không "
                                           "có kết quả trước khắc phục để đối chiếu."]
    with pytest.raises(HarnessError, match="Chưa có lần chạy nào của các kịch bản tái hiện lỗi TB1970-01"):
        record_from(tmp_path, "TB1970-01")


def test_the_folder_holds_html_pdf_evidence_and_a_manifest_that_catches_a_swap(tmp_path):
    runs = tmp_path / "runs"
    archive_run(runs, "20260305-100000-sandbox", "2026-03-05T10:00:00+07:00", "failed")
    archive_run(runs, "20261203-193000-sandbox", "2026-12-03T19:30:00+07:00", "passed")
    folder = make_record("TB1970-02", runs, tmp_path / "out", so="07", made_by="Người lập", now=NOW)

    html = (folder / "bien-ban.html").read_text(encoding="utf-8")
    assert "Xác nhận kết quả kiểm thử sau khắc phục lỗi TB1970-02" in html and "1970/TB-TTDLQG-P4" in html
    assert "20261203-193000-sandbox" in html and "20260305-100000-sandbox" in html
    assert "Độ bao phủ của lần chạy gần nhất" in html and "<table" in html.split("Độ bao phủ")[1]
    text = " ".join(page.extract_text() for page in PdfReader(folder / "bien-ban.pdf").pages)
    assert "BIÊN BẢN" in text and "ĐẠI DIỆN CÔNG AN XÁC NHẬN" in text and "Không đạt" in text
    assert verify_manifest(folder).verified
    shot = next((folder / "bang-chung" / "20261203-193000-sandbox").glob("*.jpg"))
    shot.write_bytes(shot.read_bytes() + b"\0")
    verification = verify_manifest(folder)
    assert not verification.verified and [str(p) for p in verification.changed] == [
        f"bang-chung/20261203-193000-sandbox/{shot.name}"]


def test_a_defect_not_in_the_register_is_one_sentence(tmp_path, capsys):
    assert main(["--defect", "KHONG-CO", "--runs", str(tmp_path)]) == 2
    assert "Không có lỗi KHONG-CO trong sổ lỗi" in capsys.readouterr().err


def test_a_fix_declared_at_an_hour_makes_that_mornings_run_the_one_before(tmp_path):
    archive_run(tmp_path, "20261203-090000-sandbox", "2026-12-03T09:00:00+07:00", "failed")
    archive_run(tmp_path, "20261203-150000-sandbox", "2026-12-03T15:00:00+07:00", "passed")
    found = replace(defect(), fixed=date(2026, 12, 3), fixed_at=datetime(2026, 12, 3, 14, tzinfo=VIETNAM))
    scenarios = defect_scenarios(found, read_scenario_tags(ROOT / "features"), ROOT)
    record = build_record(found, scenarios, archived_runs(tmp_path), made_at=NOW, harness_version="", made_by="")
    assert (record.before_fix.run.id, record.latest.run.id) == ("20261203-090000-sandbox", "20261203-150000-sandbox")
