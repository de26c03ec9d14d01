"""A data table read as the user reads it: one dict per body row, keyed by the column headers."""

from playwright.sync_api import Locator


def headers_of(table: Locator) -> list[str]:
    return [text.strip() for text in table.get_by_role("columnheader").all_inner_texts()]


def row_values(row: Locator, headers: list[str]) -> dict[str, str]:
    """The row's cells (a row header counts as a cell) under their column headers."""
    cells = row.get_by_role("rowheader").or_(row.get_by_role("cell")).all_inner_texts()
    return dict(zip(headers, (cell.strip() for cell in cells), strict=True))


def table_rows(table: Locator) -> list[dict[str, str]]:
    """Every body row; a row that only says the table is empty ("Chưa có …", one cell over all columns) is none."""
    headers = headers_of(table)
    rows = []
    for row in table.get_by_role("row").all():
        if row.get_by_role("columnheader").count():
            continue
        cells = row.get_by_role("rowheader").or_(row.get_by_role("cell")).all_inner_texts()
        if len(cells) == len(headers):
            rows.append(dict(zip(headers, (cell.strip() for cell in cells), strict=True)))
    return rows
