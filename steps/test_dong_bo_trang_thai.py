"""Steps of dong_bo_trang_thai.feature: what the national portal shows of a provincial dossier once synced (Tra
cứu hồ sơ, Dịch vụ công của tôi), compared with the one-stop back office; and, on the sandbox only, how the
provincial sender copes with the national side's faults, read from its outbox and the national side's call log
(docs/sandbox-setup-api.md).

The portal's copy arrives later than the change: every check on it polls until the environment's `status_sync`
deadline. Each view is a page of its own (the one-stop officer's, an anonymous lookup, the owner's), named so.
"""

import pytest
from playwright.sync_api import expect
from pytest_bdd import given, parsers, scenarios, then, when

from flows.back_office import open_dossier
from flows.lookup import lookup_with_progress, lookup_with_status, my_dossiers_listing, open_lookup
from flows.preconditions import MOT_CUA, Dossiers
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.rules.status_sync import DossierView, ProgressStep, sync_differences
from harness.rules.statuses import known_status
from pages.portal.lookup_page import LookupPage
from steps.patterns import quoted
from steps.statuses import status_in

scenarios("dong_bo_trang_thai.feature")

# docs/sandbox-faults.md
SYSTEM_ERROR, STALE_COPY = "dongbo.loi_he_thong", "dongbo.da_ton_tai"
SESSION_EXPIRES, MERGED_STATUSES = "dongbo.het_phien", "dongbo.gop_trang_thai"
NATIONAL_ERRORS = {"Lỗi hệ thống": SYSTEM_ERROR}
DOSSIER_SYNC = "DongBoHoSoMC"
NOT_FOUND = "Không tìm thấy hồ sơ với mã và số giấy tờ đã nhập."
# The columns of "Quá trình xử lý" on each side, in ProgressStep's order (DOMAIN §3.6 CapNhatTienDoHoSoMC).
ONE_STOP_COLUMNS = ("Thời điểm", "Người xử lý", "Chức danh", "Đơn vị", "Nội dung", "Trạng thái", "Hạn xử lý")
PORTAL_COLUMNS = ("Thời điểm", "Người xử lý", "Chức danh", "Đơn vị xử lý", "Nội dung xử lý", "Trạng thái",
                  "Hạn xử lý")
LOOKUP, OWNER = "tra cứu hồ sơ", "chủ hồ sơ"
EXPIRED_SESSION = "-1"


def switch_on(setup_api: SetupClient, request: pytest.FixtureRequest, fault: str) -> None:
    setup_api.switch_fault(fault, True)
    request.addfinalizer(lambda: setup_api.switch_fault(fault, False))


def progress_steps(rows: list[dict[str, str]], columns: tuple[str, ...]) -> tuple[ProgressStep, ...]:
    for row in rows:
        status_in(row)
    return tuple(ProgressStep(*(row[column] for column in columns)) for row in rows)


def one_stop_page(stage, dossiers: Dossiers, ma_ho_so: str):
    """The page of a one-stop officer of the dossier's unit, opened for the comparison."""
    return stage.open(f"cán bộ một cửa của {dossiers.units[ma_ho_so]}", dossiers.officer(ma_ho_so, MOT_CUA))


def wait_for_flag(setup_api: SetupClient, env: Environment, ma_ho_so: str, flag: str) -> dict:
    """The outbox once the dossier's sync flag (TrangThaiDongBoDVC) is `flag`, within the sync deadline."""
    outbox = setup_api.sync_outbox(ma_ho_so, until=flag, timeout_ms=env.deadlines.status_sync)
    attach_seen("Hàng đợi gửi của tỉnh", [{key: message[key] for key in ("service", "status", "attempts",
                                                                          "last_error")}
                                          for message in outbox["messages"]])
    shown = outbox["trang_thai_dong_bo"].get(ma_ho_so)
    assert shown == flag, f"Quá {env.deadlines.status_sync} ms, cờ đồng bộ của hồ sơ {ma_ho_so} vẫn là {shown}."
    return outbox


def one_stop_view(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str) -> DossierView:
    """The dossier as an officer of its unit sees it on the one-stop system."""
    dossier = open_dossier(one_stop_page(stage, dossiers, ma_ho_so), env, ma_ho_so)
    return DossierView(known_status(dossier.status.inner_text().strip()),
                       progress_steps(dossier.progress(), ONE_STOP_COLUMNS))


def national_view(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str, entries: int) -> DossierView:
    """The dossier as Tra cứu hồ sơ shows it, once the national copy lists `entries` progress entries."""
    lookup = lookup_with_progress(stage.open(LOOKUP), env, ma_ho_so, dossiers.owners[ma_ho_so].login_id, entries)
    return DossierView(known_status(lookup.status.inner_text().strip()),
                       progress_steps(lookup.progress(), PORTAL_COLUMNS))


def reconcile(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str) -> list[str]:
    one_stop = one_stop_view(stage, env, dossiers, ma_ho_so)
    national = national_view(stage, env, dossiers, ma_ho_so, len(one_stop.steps))
    differences = sync_differences(one_stop, national)
    attach_seen("Đối chiếu Một cửa và Cổng DVCQG", {
        "Một cửa": {"trạng thái": one_stop.trang_thai, "các bước": [vars(step) for step in one_stop.steps]},
        "Cổng DVCQG": {"trạng thái": national.trang_thai, "các bước": [vars(step) for step in national.steps]},
        "khác nhau": differences or "không",
    })
    return differences


@given(quoted('Cổng DVCQG đang trả "{error}" cho mọi lời gọi đồng bộ'))
def national_side_fails(setup_api, request, error: str) -> None:
    switch_on(setup_api, request, NATIONAL_ERRORS[error])


@given("Cổng DVCQG đã lưu sẵn bản cũ của mọi hồ sơ mới")
def national_side_holds_stale_copies(setup_api, request) -> None:
    switch_on(setup_api, request, STALE_COPY)


@given("phiên làm việc với Cổng DVCQG chỉ dùng được cho một lời gọi")
def sessions_expire(setup_api, request) -> None:
    switch_on(setup_api, request, SESSION_EXPIRES)


@given("hệ thống của tỉnh gộp các trạng thái 5, 6 và 8 thành 9 khi gửi lên Cổng DVCQG")
def sender_merges_statuses(setup_api, request) -> None:
    switch_on(setup_api, request, MERGED_STATUSES)


@given(parsers.parse("hệ thống của tỉnh gửi mỗi thay đổi tối đa {attempts:d} lần"))
def sender_attempts(setup_api, request, attempts: int) -> None:
    before = setup_api.sync_config()
    setup_api.change_sync_config(max_attempts=attempts)
    request.addfinalizer(lambda: setup_api.change_sync_config(**before))


@when("Cổng DVCQG hoạt động lại")
def national_side_recovers(setup_api) -> None:
    setup_api.switch_fault(SYSTEM_ERROR, False)


@when("hệ thống của tỉnh đã gửi xong mọi thay đổi của hồ sơ")
def sender_done(setup_api, env: Environment, ma_ho_so: str) -> None:
    wait_for_flag(setup_api, env, ma_ho_so, "SYNCED")


@then(quoted('trong thời hạn đồng bộ, Tra cứu hồ sơ trên Cổng cho trạng thái "{status}"'), target_fixture="lookup")
def lookup_shows_in_time(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str, status: str) -> LookupPage:
    lookup = lookup_with_status(stage.open(LOOKUP), env, ma_ho_so, dossiers.owners[ma_ho_so].login_id, status)
    attach_seen("Tra cứu hồ sơ", {"mã hồ sơ": ma_ho_so, "trạng thái": status})
    return lookup


@then("Cổng ghi ngày tiếp nhận và ngày hẹn trả như Mẫu số 01")
def portal_dates_match_receipt(lookup: LookupPage, receipt: dict[str, str]) -> None:
    shown = {"Ngày tiếp nhận": lookup.fact("Ngày tiếp nhận"), "Ngày hẹn trả": lookup.fact("Ngày hẹn trả")}
    attach_seen("Ngày trên Cổng và trên Mẫu số 01", {"Cổng": shown, "Mẫu số 01": receipt})
    assert shown == {"Ngày tiếp nhận": receipt["Ngày tiếp nhận"], "Ngày hẹn trả": receipt["Ngày hẹn trả kết quả"]}


@then(quoted('"Dịch vụ công của tôi" của chủ hồ sơ có hồ sơ với trạng thái "{status}"'))
def my_dossiers_list(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str, status: str) -> None:
    owner = dossiers.owners[ma_ho_so].actor
    _, row = my_dossiers_listing(stage.open(OWNER, owner), env, ma_ho_so)
    attach_seen("Dịch vụ công của tôi", row)
    assert status_in(row) == status


@then("trong thời hạn đồng bộ, Cổng có đủ các bước xử lý và trạng thái như trên hệ thống Một cửa điện tử")
def portal_matches_one_stop(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str) -> None:
    differences = reconcile(stage, env, dossiers, ma_ho_so)
    assert not differences, " ".join(differences)


@then(quoted('đối chiếu thấy hệ thống Một cửa điện tử ghi "{one_stop}" còn Cổng DVCQG ghi "{national}"'))
def reconciliation_finds(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str, one_stop: str,
                         national: str) -> None:
    differences = reconcile(stage, env, dossiers, ma_ho_so)
    assert f'Trạng thái hồ sơ: Một cửa ghi "{one_stop}", Cổng DVCQG ghi "{national}".' in differences, differences


@then("Tra cứu hồ sơ trên Cổng chưa thấy hồ sơ")
def lookup_finds_nothing(stage, env: Environment, setup_api, dossiers: Dossiers, ma_ho_so: str) -> None:
    """The lookup's answer for this very code (LookupPage.look_up waits for it), and no copy behind it."""
    lookup = open_lookup(stage.open(LOOKUP), env)
    lookup.look_up(ma_ho_so, dossiers.owners[ma_ho_so].login_id)
    expect(lookup.not_found).to_have_text(NOT_FOUND)
    expect(lookup.result).to_have_count(0)
    assert setup_api.national_copy(ma_ho_so) is None


@then(quoted('hệ thống của tỉnh ghi hồ sơ đang chờ gửi lại với lỗi "{error}"'))
def sender_retrying(setup_api, env: Environment, ma_ho_so: str, error: str) -> None:
    outbox = wait_for_flag(setup_api, env, ma_ho_so, "RETRYING")
    refused = [message for message in outbox["messages"] if message["status"] == "RETRYING"]
    assert all(message["last_error"] == error for message in refused), refused


@then("hệ thống của tỉnh ghi hồ sơ đã đồng bộ sau hơn một lần gửi")
def sender_synced_after_retry(setup_api, env: Environment, ma_ho_so: str) -> None:
    outbox = wait_for_flag(setup_api, env, ma_ho_so, "SYNCED")
    first = outbox["messages"][0]
    assert first["attempts"] > 1 and first["last_error"] == "Lỗi hệ thống", first


@then(parsers.parse("trong thời hạn đồng bộ, hệ thống của tỉnh đánh dấu hồ sơ đồng bộ thất bại sau {attempts:d} "
                    "lần gửi"))
def sender_gave_up(setup_api, env: Environment, ma_ho_so: str, attempts: int) -> None:
    outbox = wait_for_flag(setup_api, env, ma_ho_so, "FAILED")
    failed = [message for message in outbox["messages"] if message["status"] == "FAILED"]
    assert failed and all(message["attempts"] == attempts for message in failed), failed


@then(quoted('trong thời hạn đồng bộ, hệ thống của tỉnh gặp "{answer}" và gửi lại hồ sơ dạng cập nhật'))
def sender_resent_as_update(setup_api, env: Environment, ma_ho_so: str, answer: str) -> None:
    outbox = wait_for_flag(setup_api, env, ma_ho_so, "SYNCED")
    inserts = [message for message in outbox["messages"] if message["service"] == DOSSIER_SYNC]
    assert inserts, f"Hàng đợi không có thông điệp {DOSSIER_SYNC} nào của hồ sơ {ma_ho_so}."
    assert inserts[0]["payload"]["isUpdating"] == "False" and answer in (inserts[0]["last_error"] or ""), inserts[0]


@then("Cổng DVCQG đã từ chối phiên hết hạn và nhận mỗi lời gọi đồng bộ của hồ sơ trong một phiên xác thực lại")
def sessions_renewed(setup_api, ma_ho_so: str) -> None:
    """From the national side's own log of the dossier's calls: a session refused as expired, and every accepted
    call in a session of its own. A sender whose session never expired shows one session and no refusal."""
    copy = setup_api.national_copy(ma_ho_so)
    assert copy is not None, f"Cổng DVCQG chưa có hồ sơ {ma_ho_so}."
    calls = copy["loi_goi"]
    attach_seen("Các lời gọi đồng bộ Cổng DVCQG nhận được", calls)
    accepted = [call["phien"] for call in calls if call["error_code"] == "0"]
    assert any(call["error_code"] == EXPIRED_SESSION for call in calls), "không lời gọi nào bị từ chối vì hết phiên"
    assert len(accepted) > 1 and len(set(accepted)) == len(accepted), f"các phiên của lời gọi được nhận: {accepted}"


@then(quoted('Tra cứu hồ sơ trên Cổng cho trạng thái "{status}" và ngày nộp như trên hệ thống Một cửa điện tử'))
def lookup_replaced_stale_copy(stage, env: Environment, dossiers: Dossiers, ma_ho_so: str, status: str) -> None:
    submitted = open_dossier(one_stop_page(stage, dossiers, ma_ho_so), env, ma_ho_so).field("Ngày nộp")
    lookup = lookup_with_status(stage.open(LOOKUP), env, ma_ho_so, dossiers.owners[ma_ho_so].login_id, status)
    attach_seen("Ngày nộp", {"Một cửa": submitted, "Cổng DVCQG": lookup.fact("Ngày nộp")})
    assert lookup.fact("Ngày nộp") == submitted
