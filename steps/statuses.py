"""Status names as pages show them: a web-first wait for the expected one, and a name outside the DVCQG list
(DOMAIN §3.3) failing as the product defect it is, named, wherever a page shows a status."""

from playwright.sync_api import Locator, expect

from harness.rules.statuses import known_status


def expect_status(locator: Locator, status: str) -> None:
    try:
        expect(locator).to_have_text(status)
    except AssertionError:
        known_status(" ".join(locator.inner_text().split()))
        raise


def status_in(row: dict[str, str], column: str = "Trạng thái") -> str:
    """The status of a table row (a queue's, a progress entry's), once it is one of the list."""
    return known_status(row[column])


def entry_with_status(rows: list[dict[str, str]], status: str, column: str = "Trạng thái") -> dict[str, str]:
    """The first progress entry in `status`; fails naming the statuses there are."""
    shown = [status_in(row, column) for row in rows]
    assert status in shown, f"Quá trình xử lý không có bước “{status}”: có {', '.join(shown) or 'không bước nào'}."
    return rows[shown.index(status)]
