"""An audit resumes only a run against the same portal: a sandbox started afresh is another portal."""

from pathlib import Path

from harness.audits.session import journal_name
from harness.audits.table_input import InputTable

TABLE = InputTable(Path("danh-sach-can-bo.csv"))


def test_the_journal_is_the_lists_and_the_portals():
    first = journal_name("ra-soat-tai-khoan-000.21.31.H15-20261204-sandbox", TABLE, "portal=http://127.0.0.1:41001/")
    assert first.startswith("ra-soat-tai-khoan-000.21.31.H15-20261204-sandbox-danh-sach-can-bo-")
    assert first == journal_name("ra-soat-tai-khoan-000.21.31.H15-20261204-sandbox", TABLE,
                                 "portal=http://127.0.0.1:41001/")
    assert first != journal_name("ra-soat-tai-khoan-000.21.31.H15-20261204-sandbox", TABLE,
                                 "portal=http://127.0.0.1:41002/")
