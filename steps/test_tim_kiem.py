"""Steps of tim_kiem.feature: search by name or code, the results' pages, a procedure's page and agencies.

What a keyword may list is checked against harness/rules/search.py, not against the portal's own count alone.
"""

import pytest
from pytest_bdd import parsers, scenarios, then, when

from fixtures.browser import CITIZEN
from harness.evidence.attachments import attach_seen
from harness.rules.search import names_without_phrase, repeated_names
from pages.portal.procedure_detail_page import ProcedureDetailPage
from pages.portal.search_results_page import SearchResultsPage

scenarios("tim_kiem.feature")


@pytest.fixture
def searches() -> list[tuple[int, list[str]]]:
    """Each search of the scenario: the count on its heading and the procedures of its first page."""
    return []


@when(parsers.parse('người dùng tìm kiếm "{keyword}"'))
def search(stage, searches: list, keyword: str) -> None:
    results = SearchResultsPage(stage.page(CITIZEN))
    results.search(keyword)
    results.expect_results_for(keyword)
    searches.append((results.result_count(), results.result_names()))
    attach_seen(f'Kết quả tìm "{keyword}"', {"số kết quả": searches[-1][0], "trang 1": searches[-1][1]})


@when("người dùng tìm kiếm mà không nhập từ khoá")
def search_nothing(stage) -> None:
    SearchResultsPage(stage.page(CITIZEN)).search("")


@when("người dùng xem hết các trang kết quả", target_fixture="listed")
def read_every_page(stage) -> list[str]:
    return SearchResultsPage(stage.page(CITIZEN)).all_result_names()


@when("người dùng chuyển sang trang sau")
def next_page(stage) -> None:
    SearchResultsPage(stage.page(CITIZEN)).pager.go_to_next_page()


@when(parsers.parse('người dùng mở thủ tục "{name}" trong kết quả'))
def open_result(stage, name: str) -> None:
    SearchResultsPage(stage.page(CITIZEN)).open(name)


@when(parsers.parse('người dùng xem các phường, xã thực hiện thủ tục ở "{province}"'), target_fixture="wards")
def wards_of(stage, province: str) -> list[str]:
    return ProcedureDetailPage(stage.page(CITIZEN)).agency_panel.agencies(province)


@when('người dùng bấm "Nộp hồ sơ" mà chưa chọn cơ quan thực hiện')
def submit_without_agency(stage) -> None:
    ProcedureDetailPage(stage.page(CITIZEN)).agency_panel.submit()


@then("số kết quả trên tiêu đề bằng số thủ tục đã liệt kê, không thủ tục nào liệt kê hai lần")
def count_matches_listed(stage, listed: list[str]) -> None:
    attach_seen("Các thủ tục đã liệt kê", listed)
    assert SearchResultsPage(stage.page(CITIZEN)).result_count() == len(listed)
    assert repeated_names(listed) == [], "liệt kê hơn một lần"


@then(parsers.parse('tên mọi thủ tục đã liệt kê đều có cụm từ "{keyword}"'))
def every_name_has_the_phrase(listed: list[str], keyword: str) -> None:
    assert listed, f'không có thủ tục nào được liệt kê cho "{keyword}"'
    assert names_without_phrase(listed, keyword) == [], f'tên không có cụm từ "{keyword}"'


@then(parsers.parse('các thủ tục đã liệt kê có "{name}"'))
def listed_includes(listed: list[str], name: str) -> None:
    assert name in listed


@then("kết quả của hai lần tìm giống hệt nhau")
def same_results(searches: list) -> None:
    assert searches[-1] == searches[-2]


@then("thông tin thủ tục ghi:")
def info_reads(stage, datatable: list[list[str]]) -> None:
    procedure = ProcedureDetailPage(stage.page(CITIZEN))
    assert {label: procedure.info(label) for label, _ in datatable} == dict(datatable)


@then("cách thức thực hiện ghi:")
def methods_read(stage, datatable: list[list[str]]) -> None:
    """Each channel's time, and its fee with every part of it (amount, note) a line each, as the page writes them."""
    procedure = ProcedureDetailPage(stage.page(CITIZEN))
    shown = {channel: (procedure.processing_time_for(channel), procedure.fee_for(channel))
             for channel, *_ in datatable[1:]}
    attach_seen("Cách thức thực hiện", shown)
    assert shown == {channel: (time, "\n".join(part for part in fee_parts if part))
                     for channel, time, *fee_parts in datatable[1:]}


@then(parsers.parse("trang {number:d} liệt kê {size:d} thủ tục khác trang 1 và số kết quả trên tiêu đề không đổi"))
def next_page_lists(stage, searches: list, number: int, size: int) -> None:
    results = SearchResultsPage(stage.page(CITIZEN))
    count, first_page = searches[-1]
    names = results.result_names()
    assert (results.pager.current_page(), results.result_count()) == (number, count)
    assert len(names) == size and not set(names) & set(first_page)


@then(parsers.parse('cổng báo "{message}"'))
def portal_says(stage, message: str) -> None:
    assert SearchResultsPage(stage.page(CITIZEN)).message() == message


@then(parsers.parse('danh sách phường, xã có "{ward}"'))
def ward_offered(wards: list[str], ward: str) -> None:
    assert ward in wards


@then(parsers.parse('không có "{ward}", nơi thủ tục chưa áp dụng dịch vụ công trực tuyến'))
def ward_not_offered(wards: list[str], ward: str) -> None:
    assert ward not in wards


@then(parsers.parse('cổng báo "{message}" tại mục chọn cơ quan'))
def agency_field_error(stage, message: str) -> None:
    assert ProcedureDetailPage(stage.page(CITIZEN)).agency_panel.field_error() == message


@then(parsers.parse('người dùng vẫn ở trang thủ tục "{name}"'))
def still_on_procedure(stage, name: str) -> None:
    assert ProcedureDetailPage(stage.page(CITIZEN)).name() == name
