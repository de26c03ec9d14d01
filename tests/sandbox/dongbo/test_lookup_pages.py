"""The citizen's national views: "Tra cứu hồ sơ" and "Dịch vụ công của tôi", from the national store only."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox.dossiers.service import Actor
from sandbox.dossiers.state_machine import Action, Role
from sandbox.identity.sessions import open_session
from sandbox.portal.auth import REALM, SESSION_COOKIE
from tests.sandbox.dongbo.support import CITIZEN, DESK, Sandbox, running_sandbox

NOT_FOUND = "Không tìm thấy hồ sơ với mã và số giấy tờ đã nhập."
OTHER_CITIZEN = Actor(Role.CONG_DAN, "079303000111", "Nguyễn Thị Lan")


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Sandbox]:
    with running_sandbox(tmp_path) as running:
        yield running


def details(html: str) -> dict[str, str]:
    """Each value of the result's description list by the label that names it (aria-labelledby)."""
    labels = dict(re.findall(r'<dt id="([^"]+)">([^<]*)</dt>', html))
    return {labels[ref]: value for ref, value in re.findall(r'<dd aria-labelledby="([^"]+)">([^<]*)</dd>', html)}


def look_up(sandbox: Sandbox, ma_ho_so: str, so_giay_to: str):
    return sandbox.client.post("/tra-cuu-ho-so", data={"ma_ho_so": ma_ho_so, "so_giay_to": so_giay_to})


def log_in(sandbox: Sandbox, citizen: Actor) -> None:
    claims = {"SoDinhDanh": citizen.id, "HoVaTen": citizen.name, "NgayThangNamSinh": "01/01/1990",
              "GioiTinh": "Nữ", "SoDienThoai": "0912345678", "ThuDienTu": "", "ThuongTru": "Đắk Lắk",
              "NoiOHienNay": "Đắk Lắk", "loAs": "2"}
    sandbox.client.cookies.set(SESSION_COOKIE, open_session(sandbox.ctx, REALM, citizen.id, claims))


def test_the_lookup_form_has_its_fields_and_button(sandbox: Sandbox) -> None:
    html = sandbox.client.get("/tra-cuu-ho-so").text
    assert '<label for="ma_ho_so">Mã hồ sơ</label>' in html
    assert '<label for="so_giay_to">Số giấy tờ của chủ hồ sơ</label>' in html
    assert ">Tra cứu</button>" in html


def test_the_lookup_shows_the_synced_status_dates_and_progress(sandbox: Sandbox) -> None:
    dossier = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK)
    sandbox.synced(dossier.ma_ho_so)
    page = look_up(sandbox, f" {dossier.ma_ho_so} ", CITIZEN.id)
    assert page.status_code == 200
    assert details(page.text) == {
        "Mã hồ sơ": dossier.ma_ho_so, "Tên thủ tục": "Đăng ký tạm trú", "Cơ quan tiếp nhận": "Công an Phường Tuy Hòa",
        "Trạng thái": "Được tiếp nhận", "Ngày nộp": "09/11/2026 09:00", "Ngày tiếp nhận": "09/11/2026 09:00",
        "Ngày hẹn trả": "11/11/2026 17:00", "Ngày trả kết quả": "Chưa có",
    }
    assert "<caption>Quá trình xử lý</caption>" in page.text and "Tiếp nhận hồ sơ. Ngày hẹn trả" in page.text


def test_the_lookup_knows_only_what_was_synced(sandbox: Sandbox) -> None:
    code = sandbox.submit().ma_ho_so
    sandbox.synced(code)
    sandbox.configure(delay_ms=60_000)
    sandbox.act(sandbox.dossiers.records.by_code(code), Action.ACCEPT, DESK)
    assert details(look_up(sandbox, code, CITIZEN.id).text)["Trạng thái"] == "Mới đăng ký"
    unsynced = sandbox.submit().ma_ho_so
    assert NOT_FOUND in look_up(sandbox, unsynced, CITIZEN.id).text


def test_an_unknown_code_and_a_wrong_document_number_get_the_same_answer(sandbox: Sandbox) -> None:
    code = sandbox.submit().ma_ho_so
    sandbox.synced(code)
    wrong_number, unknown_code = look_up(sandbox, code, "079303000111"), look_up(sandbox, "H15-000000-0000", CITIZEN.id)
    assert wrong_number.status_code == unknown_code.status_code == 404
    for page in (wrong_number, unknown_code):
        assert f'<p class="notice" role="alert">{NOT_FOUND}</p>' in page.text
        assert "Trạng thái" not in details(page.text) and "Mới đăng ký" not in page.text


def test_empty_fields_are_flagged_at_the_field_and_typed_values_kept(sandbox: Sandbox) -> None:
    page = look_up(sandbox, "000.21.31.H15-261109-0001", "  ")
    assert page.status_code == 422
    assert 'role="alert">Vui lòng nhập số giấy tờ của chủ hồ sơ.</p>' in page.text
    assert 'value="000.21.31.H15-261109-0001"' in page.text and "Vui lòng nhập mã hồ sơ." not in page.text
    assert 'role="alert">Vui lòng nhập mã hồ sơ.</p>' in look_up(sandbox, "", CITIZEN.id).text


def test_my_dossiers_needs_a_login(sandbox: Sandbox) -> None:
    response = sandbox.client.get("/dich-vu-cong-cua-toi", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/dang-nhap")


def test_my_dossiers_lists_only_my_synced_dossiers_with_their_status(sandbox: Sandbox) -> None:
    mine = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK).ma_ho_so
    theirs = sandbox.submit(OTHER_CITIZEN).ma_ho_so
    sandbox.synced(mine)
    sandbox.synced(theirs)
    log_in(sandbox, CITIZEN)
    html = sandbox.client.get("/dich-vu-cong-cua-toi").text
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th>(.*?)</tr>', html, re.DOTALL)
    assert [code for code, _ in rows] == [mine]
    assert "<td>Được tiếp nhận</td>" in rows[0][1] and "<td>11/11/2026 17:00</td>" in rows[0][1]
    log_in(sandbox, OTHER_CITIZEN)
    assert "<td>Mới đăng ký</td>" in sandbox.client.get("/dich-vu-cong-cua-toi").text


def progress_rows(html: str) -> list[list[str]]:
    table = html[html.index("<caption>Quá trình xử lý</caption>"):]
    body = table[table.index("<tbody>"):table.index("</tbody>")]
    return [re.findall(r"<td[^>]*>([^<]*)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)]


def test_each_progress_entry_shows_its_unit_and_planned_end_date(sandbox: Sandbox) -> None:
    dossier = sandbox.act(sandbox.submit(), Action.ACCEPT, DESK)
    sandbox.synced(dossier.ma_ho_so)
    html = look_up(sandbox, dossier.ma_ho_so, CITIZEN.id).text
    assert '<th scope="col">Đơn vị xử lý</th>' in html and '<th scope="col">Hạn xử lý</th>' in html
    submitted, accepted = progress_rows(html)
    # PhongBanXuLy and NgayKetThucTheoQuyDinh as synced: no planned end date before acceptance.
    assert (submitted[3], submitted[6]) == ("Công an Phường Tuy Hòa", "")
    assert (accepted[3], accepted[5], accepted[6]) == ("Công an Phường Tuy Hòa", "Được tiếp nhận", "11/11/2026 17:00")
