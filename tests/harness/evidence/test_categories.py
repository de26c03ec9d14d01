"""The Vietnamese categories sort failures by cause, the same way in Allure 2 and Allure 3."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from harness.evidence.categories import CATEGORIES, write_categories

STATUSES = {"failed", "broken", "skipped", "passed", "unknown"}
VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)


def test_each_category_has_a_vietnamese_name_and_description_and_valid_statuses() -> None:
    names = [category["name"] for category in CATEGORIES]
    assert len(set(names)) == len(names)
    for category in CATEGORIES:
        assert VIETNAMESE_LETTER.search(category["name"]) and VIETNAMESE_LETTER.search(category["description"])
        assert set(category["matchedStatuses"]) <= STATUSES
        re.compile(category.get("messageRegex", ""))


def category_of(status: str, message: str, *, whole_message: bool) -> str | None:
    """First match wins; Allure 2 matches the whole message (Java matches()), Allure 3 searches in it."""
    for category in CATEGORIES:
        regex = category.get("messageRegex")
        match = re.fullmatch if whole_message else re.search
        if status in category["matchedStatuses"] and (regex is None or match(regex, message)):
            return category["name"]
    return None


@pytest.mark.parametrize(
    ("status", "message", "expected"),
    [
        (
            "broken",
            "playwright._impl._errors.TimeoutError: Locator.click: Timeout 30000ms exceeded.\nCall log:\n  - waiting",
            "Hết thời gian chờ",
        ),
        ("broken", "httpx.ReadTimeout: timed out", "Hết thời gian chờ"),
        (
            "broken",
            "playwright._impl._errors.Error: Page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/\nCall log:",
            "Không kết nối được hệ thống",
        ),
        ("broken", "httpx.ConnectError: [Errno 111] Connection refused", "Không kết nối được hệ thống"),
        (
            "failed",
            "AssertionError: Locator expected to have text 'Mới đăng ký'\nCall log:\n"
            '  - Expect "to_have_text" with timeout 5000ms',
            "Lỗi sản phẩm (assertion thất bại)",
        ),
        ("broken", "KeyError: 'ma_ho_so'", "Lỗi kiểm thử (test bị hỏng)"),
        ("skipped", "Skipped: môi trường chỉ đọc", "Bỏ qua"),
    ],
)
def test_failures_fall_into_the_category_of_their_cause(status: str, message: str, expected: str) -> None:
    assert category_of(status, message, whole_message=True) == expected
    assert category_of(status, message, whole_message=False) == expected


def test_the_file_holds_the_categories(tmp_path: Path) -> None:
    path = write_categories(tmp_path)
    assert path.name == "categories.json"
    assert json.loads(path.read_text(encoding="utf-8")) == list(CATEGORIES)
