"""Steps of thong_ke.feature: the "Tiến độ giải quyết" report of the scenario's own unit and day, read before and
after what the scenario does; its saved XLSX/CSV against the page; the QĐ 766 scores against the harness's own
rule (harness/rules/indicators.py); the unit scope of the report.

Delta scenarios each count at a unit no other scenario works at (an acceptance at Công an Xã Ea Kar, a payment at
Công an Phường Biên Hòa), so that in the rehearsal, where every worker shares one portal, nothing but the scenario
moves that unit's numbers on that day. The scenarios
that compare one moment's numbers (page and file, report and scores) read the report again after the other read
and compare only equal reads (flows/statistics.consistent), so that others' work at a busy unit cannot mix two
moments.
"""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import APIResponse
from pytest_bdd import given, parsers, scenarios, then, when

from fixtures.browser import CITIZEN
from flows.back_office import accept
from flows.lookup import open_own_dossier
from flows.statistics import (
    UNIT,
    consistent,
    counts_of,
    open_progress_report,
    read_indicator_scores,
    read_progress,
    request_report_of,
    saved_rows,
    starts_with_bom,
)
from harness.config import Environment
from harness.evidence.attachments import attach_seen, attach_text
from harness.rules.indicators import points_of, ratios_from_report, score, shown
from pages.portal.dossier_payment import DossierPayment
from pages.thanhtoan.payment_page import PaymentPage
from steps.patterns import quoted

scenarios("thong_ke.feature")

STATISTICIAN = "cán bộ thống kê"
REPORT_COLUMNS = ("Số kỳ trước chuyển qua", "Mới tiếp nhận trực tuyến", "Mới tiếp nhận trực tiếp", "Mới tiếp nhận BCCI",
                  "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết trong hạn",
                  "Đang giải quyết quá hạn", "Tổng hồ sơ phải đồng bộ", "Đã đồng bộ lên Cổng DVC QG",
                  "Tổng HS có nghĩa vụ tài chính", "Số HS đã TTTT qua Cổng DVC QG")
# The sync to the national portal runs at its own pace (docs/ARCHITECTURE.md "Status sync"): the scenario's own
# dossier may land there between two reads, so this column may move by its one dossier, never more.
AT_THE_SYNC_PACE = "Đã đồng bộ lên Cổng DVC QG"


class Reading:
    """What the statistician read: the unit, the day, the rows."""

    def __init__(self) -> None:
        self.unit = ""
        self.day: date | None = None
        self.rows: list[dict[str, str]] = []
        self.files: dict[str, Path] = {}
        self.scores: dict[str, dict[str, str]] = {}


@pytest.fixture
def reading() -> Reading:
    return Reading()


def statistician_page(stage, env: Environment, unit: str):
    actor = env.officer_at(unit, "THONG_KE").name
    return stage.page_of(STATISTICIAN, actor)


def row_of_unit(rows: list[dict[str, str]], unit: str) -> dict[str, int]:
    mine = [row for row in rows if row[UNIT] == unit]
    assert len(mine) == 1, f"báo cáo phải có đúng một dòng của {unit}: {rows}"
    return counts_of(mine[0])


@given(quoted('cán bộ thống kê của "{unit}" đã đọc báo cáo "Tiến độ giải quyết" của đơn vị trong ngày hôm nay'))
def read_before(stage, env: Environment, portal_today: Callable[[], date], reading: Reading, unit: str) -> None:
    reading.unit, reading.day = unit, portal_today()
    reading.rows = read_progress(statistician_page(stage, env, unit), env, reading.day, reading.day)
    attach_seen("Báo cáo trước thao tác", reading.rows)


@when(quoted('cán bộ một cửa của "{unit}" tiếp nhận hồ sơ đó'))
def one_stop_accepts(stage, env: Environment, ma_ho_so: str, unit: str) -> None:
    actor = env.officer_at(unit, "MOT_CUA").name
    accept(stage.page_of(f"cán bộ một cửa của {unit}", actor), env, ma_ho_so)


@when(quoted('chủ hồ sơ thanh toán trực tuyến lệ phí của hồ sơ đó qua "{method}"'))
def owner_pays(stage, env: Environment, ma_ho_so: str, method: str) -> None:
    page = stage.page_of(CITIZEN, "citizen_l2")
    open_own_dossier(page, env, ma_ho_so)
    DossierPayment(page).start()
    PaymentPage(page).pay_with(method)
    DossierPayment(page).expect_state("Đã thanh toán", env.deadlines.status_sync)


@then(parsers.re(r'báo cáo "Tiến độ giải quyết" trong ngày hôm nay tăng đúng 1 ở (?P<columns>"[^"]+"(?: và "[^"]+")*), '
                 r'các cột khác không đổi'))
def moved_by_exactly(stage, env: Environment, reading: Reading, columns: str) -> None:
    moved = re.findall(r'"([^"]+)"', columns)
    before = row_of_unit(reading.rows, reading.unit)
    after_rows = read_progress(statistician_page(stage, env, reading.unit), env, reading.day, reading.day)
    after = row_of_unit(after_rows, reading.unit)
    delta = {column: after[column] - before[column] for column in REPORT_COLUMNS}
    attach_seen("Chênh lệch của báo cáo", {"trước": before, "sau": after, "chênh lệch": delta})
    assert list(after) == list(REPORT_COLUMNS), list(after)
    expected = {column: int(column in moved) for column in REPORT_COLUMNS}
    assert delta[AT_THE_SYNC_PACE] in (0, 1), delta
    expected[AT_THE_SYNC_PACE] = delta[AT_THE_SYNC_PACE]
    assert delta == expected


@when(quoted('cán bộ thống kê của "{unit}" lưu tệp "{button}" của báo cáo "Tiến độ giải quyết" trong ngày hôm nay'))
def save_file(stage, env: Environment, portal_today: Callable[[], date], reading: Reading, tmp_path: Path,
              unit: str, button: str) -> None:
    reading.unit, reading.day = unit, portal_today()
    page = statistician_page(stage, env, unit)

    def page_rows() -> list[dict[str, str]]:
        return read_progress(page, env, reading.day, reading.day)

    def download() -> Path:
        report = open_progress_report(page, env, reading.day, reading.day)
        return report.download(button, tmp_path)

    reading.rows, saved = consistent(page_rows, download, env.deadlines.expect)
    reading.files[button] = saved
    attach_seen("Báo cáo trên trang", reading.rows)
    attach_text(f"Tệp đã lưu: {saved.name}", saved.read_bytes().decode("utf-8-sig") if saved.suffix == ".csv"
                else str(saved_rows(saved)))


@then(parsers.parse("tệp {kind} mang tên đơn vị và kỳ báo cáo, có đúng các cột và số liệu trên trang"))
def file_matches_page(env: Environment, reading: Reading, kind: str) -> None:
    (saved,) = reading.files.values()
    day = f"{reading.day:%Y%m%d}"
    assert saved.suffix == f".{kind.lower()}", saved.name
    assert env.unit(reading.unit).code in saved.name and f"{day}-{day}" in saved.name, saved.name
    if kind == "CSV":
        assert starts_with_bom(saved), "tệp CSV phải là UTF-8 có BOM"
    on_page = row_of_unit(reading.rows, reading.unit)
    assert on_page["Mới tiếp nhận trực tuyến"] >= 1, "hồ sơ của kịch bản phải có trong báo cáo"
    in_file = saved_rows(saved)
    assert list(in_file[0]) == [UNIT, *REPORT_COLUMNS]
    assert row_of_unit(in_file, reading.unit) == on_page


@when(quoted('cán bộ thống kê của "{unit}" đọc báo cáo "Tiến độ giải quyết" và trang '
             '"Theo dõi chỉ tiêu DVC trực tuyến" trong ngày hôm nay'))
def read_report_and_scores(stage, env: Environment, portal_today: Callable[[], date], reading: Reading,
                           unit: str) -> None:
    reading.unit, reading.day = unit, portal_today()
    page = statistician_page(stage, env, unit)
    reading.rows, reading.scores = consistent(
        lambda: read_progress(page, env, reading.day, reading.day),
        lambda: read_indicator_scores(page, env, unit, reading.day, reading.day), env.deadlines.expect)
    attach_seen("Báo cáo tiến độ", reading.rows)
    attach_seen("Chỉ số QĐ 766", reading.scores)


@then(quoted('điểm các chỉ số "{first}", "{second}" và "{third}" trên trang theo dõi bằng điểm tính lại từ báo cáo '
             'tiến độ'))
def scores_recomputed(reading: Reading, first: str, second: str, third: str) -> None:
    ratios = ratios_from_report(row_of_unit(reading.rows, reading.unit))
    recomputed = {code: shown(score(points_of(code), *ratios[code])) for code in (first, second, third)}
    on_page = {code: reading.scores[code]["Điểm"] for code in (first, second, third)}
    attach_seen("Điểm tính lại và điểm trên trang", {"tính lại": recomputed, "trên trang": on_page,
                                                    "tử số / mẫu số": ratios})
    assert ratios["ON_TIME"][0] >= 1 and ratios["ONLINE_DOSSIER"][1] >= 2, ratios
    assert on_page == recomputed
    for code in (first, second, third):
        assert (int(reading.scores[code]["Tử số"]), int(reading.scores[code]["Mẫu số"])) == ratios[code]


@then(quoted('báo cáo chỉ có dòng của "{unit}"'))
def only_own_unit(reading: Reading, unit: str) -> None:
    assert [row[UNIT] for row in reading.rows] == [unit]


@when(quoted('cán bộ thống kê gửi thẳng yêu cầu xem báo cáo "Tiến độ giải quyết" của "{other}"'),
      target_fixture="direct_answer")
def ask_for_other_unit(stage, env: Environment, reading: Reading, other: str) -> APIResponse:
    answer = request_report_of(statistician_page(stage, env, reading.unit), env, env.unit(other).code)
    attach_seen("Yêu cầu gửi thẳng", {"đơn vị": other, "mã trả lời": answer.status, "địa chỉ": answer.url})
    return answer
