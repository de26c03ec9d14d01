"""A data table read as the user reads it: one dict per body row, keyed by the column headers."""

from playwright.sync_api import Locator


def headers_of(table: Locator) -> list[str]:
    return [text.strip() for text in table.get_by_role("columnheader").all_inner_texts()]


def _cells(row: Locator) -> list[str]:
    """The row's cells, a row header counting as one."""
    return [cell.strip() for cell in row.get_by_role("rowheader").or_(row.get_by_role("cell")).all_inner_texts()]


def row_values(row: Locator, headers: list[str]) -> dict[str, str]:
    return dict(zip(headers, _cells(row), strict=True))


def table_rows(table: Locator) -> list[dict[str, str]]:
    """Every body row; a row that only says the table is empty ("Chưa có …", one cell over all columns) is none."""
    headers = headers_of(table)
    rows = []
    for row in table.get_by_role("row").all():
        if row.get_by_role("columnheader").count():
            continue
        cells = _cells(row)
        if len(cells) == len(headers):
            rows.append(dict(zip(headers, cells, strict=True)))
    return rows


def row_with(table: Locator, marker: Locator) -> dict[str, str] | None:
    """The values of the row that holds `marker` (the dossier's code as a link or row header), or None."""
    row = table.get_by_role("row").filter(has=marker)
    return row_values(row, headers_of(table)) if row.count() else None
