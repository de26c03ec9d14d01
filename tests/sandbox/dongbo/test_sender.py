"""The provincial sender: every dossier change reaches the national store, in order, through faults."""

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox.dongbo.national_api import BAD_SESSION_MESSAGE, STALE_NOTE
from sandbox.dossiers.records import DossierRecords
from sandbox.dossiers.service import ActionDetails
from sandbox.dossiers.state_machine import Action
from tests.sandbox.dongbo.support import (
    CITIZEN,
    CLERK,
    DESK,
    LEADER,
    SIGNED_RESULT,
    WARD,
    Sandbox,
    running_sandbox,
    wait_until,
)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    with running_sandbox(tmp_path) as running:
        yield running


def statuses(national: dict) -> list[str]:
    return [entry["TrangThai"] for entry in national["tien_do"]]


def test_every_transition_reaches_the_national_store_with_its_status_and_dates(sandbox: Sandbox) -> None:
    dossier = sandbox.submit()
    code = dossier.ma_ho_so
    national = sandbox.synced(code)["ho_so"]
    assert (national["TrangThaiHoSo"], national["NgayNopHoSo"], national["NgayTiepNhan"]) == ("1", "20261109090000", "")
    assert national["SoGiayToChuHoSo"] == CITIZEN.id and national["TaiLieuNop"][0]["TenTepDinhKem"] == "hop-dong.pdf"

    sandbox.act(dossier, Action.ACCEPT, DESK)
    national = sandbox.synced(code)["ho_so"]
    assert (national["TrangThaiHoSo"], national["NgayTiepNhan"], national["NgayHenTra"]) == (
        "2", "20261109090000", "20261111170000")

    sandbox.act(dossier, Action.START_PROCESSING, CLERK)
    assert sandbox.synced(code)["ho_so"]["TrangThaiHoSo"] == "4"
    sandbox.ctx.clock.freeze(sandbox.ctx.clock.now().replace(day=10, hour=14, minute=30))
    sandbox.act(dossier, Action.APPROVE_AND_SIGN, LEADER, SIGNED_RESULT)
    national = sandbox.synced(code)["ho_so"]
    assert (national["TrangThaiHoSo"], national["NgayKetThucXuLy"]) == ("9", "20261110143000")
    sandbox.act(dossier, Action.RETURN_RESULT, DESK)
    synced = sandbox.synced(code)
    assert (synced["ho_so"]["TrangThaiHoSo"], synced["ho_so"]["NgayTra"]) == ("10", "20261110143000")
    assert synced["ho_so"]["DanhSachGiayToKetQua"] == [{"TenGiayTo": "Xác nhận tạm trú"}]
    assert statuses(synced) == ["1", "2", "4", "9", "10"]
    assert synced["tien_do"][1] | {"NoiDungXuLy": ""} == {
        "MaHoSo": code, "NguoiXuLy": DESK.name, "ChucDanh": "Cán bộ tiếp nhận", "ThoiDiemXuLy": "20261109090000",
        "PhongBanXuLy": WARD["name"], "NoiDungXuLy": "", "TrangThai": "2", "NgayBatDau": "20261109090000",
        "NgayKetThucTheoQuyDinh": "20261111170000"}


def test_messages_queued_together_arrive_in_order(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, delay_ms=300) as sandbox:
        dossier = sandbox.submit()
        for action, actor in ((Action.ACCEPT, DESK), (Action.START_PROCESSING, CLERK)):
            sandbox.act(dossier, action, actor)
        sandbox.act(dossier, Action.APPROVE_AND_SIGN, LEADER, SIGNED_RESULT)
        assert sandbox.national(dossier.ma_ho_so) is None
        synced = sandbox.synced(dossier.ma_ho_so)
        assert statuses(synced) == ["1", "2", "4", "9"] and synced["ho_so"]["TrangThaiHoSo"] == "9"
        messages = sandbox.outbox(dossier.ma_ho_so)["messages"]
        assert [m["service"] for m in messages[:2]] == ["DongBoHoSoMC", "CapNhatTienDoHoSoMC"]
        assert [m["payload"].get("isUpdating") for m in messages[::2]] == ["False", "True", "True", "True"]


def test_a_supplement_round_is_synced_with_its_dates(sandbox: Sandbox) -> None:
    dossier = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK)
    sandbox.act(dossier, Action.START_PROCESSING, CLERK)
    sandbox.act(dossier, Action.REQUEST_SUPPLEMENT, CLERK, ActionDetails(note="Bổ sung hợp đồng thuê nhà"))
    national = sandbox.synced(dossier.ma_ho_so)["ho_so"]
    assert national["TrangThaiHoSo"] == "5"
    (round_,) = national["DanhSachHoSoBoSung"]
    assert (round_["NoiDungBoSung"], round_["NgayBoSung"], round_["NgayHenTraTruoc"], round_["NgayHenTraMoi"]) == (
        "Bổ sung hợp đồng thuê nhà", "20261109090000", "20261111170000", "")


def test_a_refusal_is_synced_with_its_date(sandbox: Sandbox) -> None:
    dossier = sandbox.act(sandbox.submit(), Action.REFUSE, DESK, ActionDetails(note="Sai thẩm quyền"))
    national = sandbox.synced(dossier.ma_ho_so)["ho_so"]
    assert (national["TrangThaiHoSo"], national["NgayTuChoi"], national["NgayTiepNhan"]) == (
        "3", "20261109090000", "")


def test_a_system_error_is_retried_until_the_national_side_answers(sandbox: Sandbox) -> None:
    sandbox.switch("dongbo.loi_he_thong")
    code = sandbox.submit().ma_ho_so
    first = wait_until(lambda: next((m for m in sandbox.outbox(code)["messages"] if m["attempts"] >= 2), None),
                       "một lần gửi lại")
    assert (first["status"], first["last_error"]) == ("RETRYING", "Lỗi hệ thống")
    assert sandbox.outbox(code)["trang_thai_dong_bo"] == {code: "RETRYING"}
    assert sandbox.national(code) is None
    sandbox.switch("dongbo.loi_he_thong", on=False)
    assert sandbox.synced(code)["ho_so"]["TrangThaiHoSo"] == "1"
    insert = wait_until(lambda: next((m for m in sandbox.outbox(code)["messages"] if m["status"] == "SYNCED"), None),
                        "tin đã gửi được")
    assert insert["attempts"] >= 2 and insert["last_error"] == "Lỗi hệ thống"


def test_a_message_fails_after_the_last_attempt(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, max_attempts=2) as sandbox:
        sandbox.switch("dongbo.loi_he_thong")
        code = sandbox.submit().ma_ho_so
        sandbox.wait_for_flag(code, "FAILED")
        insert = sandbox.outbox(code)["messages"][0]
        assert (insert["status"], insert["attempts"], insert["due_in_ms"]) == ("FAILED", 2, None)


def test_an_expired_session_is_renewed_and_the_message_still_goes(sandbox: Sandbox) -> None:
    dossier = sandbox.submit()
    sandbox.synced(dossier.ma_ho_so)
    sandbox.switch("dongbo.het_phien")
    sandbox.act(dossier, Action.ACCEPT, DESK)
    assert sandbox.synced(dossier.ma_ho_so)["ho_so"]["TrangThaiHoSo"] == "2"
    later = sandbox.outbox(dossier.ma_ho_so)["messages"][2:]
    assert [(m["status"], m["attempts"], m["last_error"]) for m in later] == [("SYNCED", 1, BAD_SESSION_MESSAGE)] * 2
    sessions = sandbox.ctx.store.one("SELECT COUNT(*) FROM national_sessions")[0]
    assert sessions == 1  # each expired one was dropped, and only the newest is left


def test_an_insert_that_meets_a_stale_copy_is_sent_again_as_an_update(sandbox: Sandbox) -> None:
    sandbox.switch("dongbo.da_ton_tai")
    dossier = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK)
    national = sandbox.synced(dossier.ma_ho_so)["ho_so"]
    assert (national["TrangThaiHoSo"], national["NgayHenTra"], national.get("GhiChu")) == ("2", "20261111170000", None)
    insert = sandbox.outbox(dossier.ma_ho_so)["messages"][0]
    assert (insert["status"], insert["attempts"]) == ("SYNCED", 1)
    assert "đã tồn tại" in insert["last_error"] and STALE_NOTE not in str(national)


def test_converted_dossiers_are_never_sent(sandbox: Sandbox) -> None:
    records = DossierRecords(sandbox.ctx.store)
    legacy_id = records.create({
        "ma_ho_so": "H15.21-251020-0007", "ma_tthc": "1.004194", "procedure_id": "019d-tam-tru",
        "ten_tthc": "Đăng ký tạm trú", "unit_code": WARD["code"], "unit_name": WARD["name"], "owner_id": CITIZEN.id,
        "chu_ho_so": CITIZEN.name, "trang_thai": 1, "ngay_nop": "2025-10-20T08:00:00+07:00", "converted": 1,
        "ma_ho_so_khac": "000.00.21.H15-251020-0007", "processing_time": 3, "processing_unit": "WORKING_DAY",
    }, sandbox.ctx.clock.now())
    sandbox.dossiers.act(legacy_id, Action.ACCEPT, DESK)
    fresh = sandbox.submit()
    sandbox.synced(fresh.ma_ho_so)
    assert sandbox.outbox("H15.21-251020-0007") == {"trang_thai_dong_bo": {}, "messages": []}
    assert sandbox.national("H15.21-251020-0007") is None


def test_the_known_wrong_mapping_sends_a_supplement_request_as_done(sandbox: Sandbox) -> None:
    sandbox.switch("dongbo.gop_trang_thai")
    dossier = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK)
    sandbox.act(dossier, Action.START_PROCESSING, CLERK)
    sandbox.act(dossier, Action.REQUEST_SUPPLEMENT, CLERK, ActionDetails(note="Bổ sung hợp đồng thuê nhà"))
    synced = sandbox.synced(dossier.ma_ho_so)
    assert synced["ho_so"]["TrangThaiHoSo"] == "9" and statuses(synced) == ["1", "2", "4", "9"]


def test_a_slow_national_side_delays_delivery_but_not_the_shutdown(tmp_path: Path) -> None:
    with running_sandbox(tmp_path, slow_ms=600) as sandbox:
        sandbox.switch("dongbo.cham")
        started = time.monotonic()
        sandbox.synced(sandbox.submit().ma_ho_so)
        assert time.monotonic() - started >= 1.2  # authentication and the insert each wait 600 ms
        sandbox.configure(slow_ms=30_000)
        code = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK).ma_ho_so
        wait_until(lambda: sandbox.outbox(code)["messages"][0]["due_in_ms"] == 0, "tin nhắn đến hạn gửi")
        time.sleep(0.1)  # one pause, not a poll: let the thread enter the 30-second answer
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 3
    assert sandbox.outbox(code)["messages"][0]["attempts"] == 1


def test_the_delivery_thread_stops_with_the_app(tmp_path: Path) -> None:
    name = f"dongbo-courier {tmp_path / 'db.sqlite3'}"
    with running_sandbox(tmp_path):
        assert any(thread.name == name for thread in threading.enumerate())
    assert not any(thread.name == name and thread.is_alive() for thread in threading.enumerate())
