"""The sync's setup API: timing, the outbox and the national copy."""

import time
from pathlib import Path

from tests.sandbox.dongbo.support import FAST, running_sandbox


def test_timing_can_be_read_and_changed_within_limits(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        assert sandbox.client.get("/_setup/dongbo/config").json() == {**FAST, "slow_ms": 5000}
        changed = sandbox.client.put("/_setup/dongbo/config", json={"retry_ms": 10})
        assert changed.json() == {**FAST, "retry_ms": 10, "slow_ms": 5000}
        for wrong in ({"max_attempts": 0}, {"delay_ms": -1}, {"delay_ms": "1000"}, {"tre": 1}):
            refused = sandbox.client.put("/_setup/dongbo/config", json=wrong)
            assert refused.status_code == 422 and refused.json()["detail"]


def test_a_change_waits_delay_ms_before_its_first_delivery(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, delay_ms=1000) as sandbox:
        code = sandbox.submit().ma_ho_so
        first = sandbox.outbox(code)["messages"][0]
        assert (first["status"], first["attempts"]) == ("PENDING", 0) and 0 < first["due_in_ms"] <= 1000
        assert sandbox.synced(code)["ho_so"]["MaHoSo"] == code


def test_the_outbox_lists_every_dossier_without_a_filter(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        first, second = sandbox.submit().ma_ho_so, sandbox.submit().ma_ho_so
        sandbox.synced(first)
        sandbox.synced(second)
        everything = sandbox.client.get("/_setup/dongbo/outbox").json()
        assert everything["trang_thai_dong_bo"] == {first: "SYNCED", second: "SYNCED"}
        assert len(everything["messages"]) == 4


def test_a_dossier_the_national_side_lacks_is_404(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        missing = sandbox.client.get("/_setup/dongbo/national/000.21.31.H15-261109-9999")
        assert missing.status_code == 404 and "chưa có hồ sơ" in missing.json()["detail"]


def test_a_wait_for_a_flag_answers_when_the_sender_reaches_it(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, delay_ms=300) as sandbox:
        code = sandbox.submit().ma_ho_so
        started = time.monotonic()
        outbox = sandbox.outbox(code, until="SYNCED", timeout=10)
        assert outbox["trang_thai_dong_bo"] == {code: "SYNCED"}
        assert 0.3 <= time.monotonic() - started < 5


def test_a_wait_that_times_out_answers_with_the_flag_as_it_is(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        sandbox.switch("dongbo.loi_he_thong")
        code = sandbox.submit().ma_ho_so
        started = time.monotonic()
        outbox = sandbox.outbox(code, until="SYNCED", timeout=0.5)
        assert outbox["trang_thai_dong_bo"][code] in {"PENDING", "RETRYING"}
        assert 0.5 <= time.monotonic() - started < 3


def test_a_wait_needs_a_dossier_a_known_flag_and_a_bounded_time(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        code = sandbox.submit().ma_ho_so
        for params in ({"until": "SYNCED"}, {"ma_ho_so": code, "until": "XONG"},
                       {"ma_ho_so": code, "until": "SYNCED", "timeout_ms": 120_001}):
            assert sandbox.client.get("/_setup/dongbo/outbox", params=params).status_code == 422, params


def test_the_national_copy_lists_each_call_about_the_dossier_and_its_session(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        code = sandbox.submit().ma_ho_so
        calls = sandbox.synced(code)["loi_goi"]
        assert calls == [{"service": "DongBoHoSoMC", "error_code": "0", "phien": 1},
                         {"service": "CapNhatTienDoHoSoMC", "error_code": "0", "phien": 1}]


def test_with_sessions_that_serve_one_call_each_refusal_is_followed_by_a_new_session(tmp_path: Path) -> None:
    with running_sandbox(tmp_path) as sandbox:
        sandbox.switch("dongbo.het_phien")
        code = sandbox.submit().ma_ho_so
        calls = sandbox.synced(code)["loi_goi"]
        accepted = [call["phien"] for call in calls if call["error_code"] == "0"]
        assert len(accepted) == 2 and len(set(accepted)) == 2
        assert {"service": "CapNhatTienDoHoSoMC", "error_code": "-1", "phien": accepted[0]} in calls
