r"""Vietnamese failure categories of the Allure report (`categories.json`).

The same rules serve Allure 2 readers of the results directory and the Allure 3 report, whose
`allurerc.mjs` loads this file as its `categories` setting. Allure 2 matches a regex against the whole
message and Allure 3 searches in it, so each message regex is anchored and padded with [\s\S]* to mean
the same in both. The first matching category wins: specific causes come before the catch-alls.
"""

from __future__ import annotations

import json
from pathlib import Path

CATEGORIES_FILE = "categories.json"


def _anywhere(*alternatives: str) -> str:
    return r"^[\s\S]*(?:" + "|".join(alternatives) + r")[\s\S]*$"


CATEGORIES: tuple[dict[str, object], ...] = (
    {
        "name": "Không kết nối được hệ thống",
        "description": "Không mở được kết nối tới cổng hoặc hệ thống liên quan: kiểm tra URL, mạng, VPN.",
        "matchedStatuses": ["broken"],
        "messageRegex": _anywhere(
            r"net::ERR_(?:CONNECTION_(?:REFUSED|RESET|CLOSED|TIMED_OUT)|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE"
            r"|INTERNET_DISCONNECTED|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED)",
            r"ConnectError",
            r"ConnectTimeout",
            r"ConnectionRefusedError",
            r"ConnectionResetError",
            r"[Cc]onnection refused",
            r"Name or service not known",
        ),
    },
    {
        "name": "Hết thời gian chờ",
        "description": "Một thao tác hoặc lần chờ vượt quá thời hạn cấu hình cho môi trường.",
        "matchedStatuses": ["broken"],
        "messageRegex": _anywhere(r"TimeoutError", r"Timeout \d+ms exceeded", r"ReadTimeout", r"PoolTimeout"),
    },
    {
        "name": "Lỗi sản phẩm (assertion thất bại)",
        "description": "Cổng trả về kết quả khác kết quả nghiệp vụ mong đợi.",
        "matchedStatuses": ["failed"],
    },
    {
        "name": "Lỗi kiểm thử (test bị hỏng)",
        "description": "Kịch bản dừng vì một lỗi của bộ kiểm thử hoặc dữ liệu chuẩn bị, không phải của cổng.",
        "matchedStatuses": ["broken"],
    },
    {
        "name": "Bỏ qua",
        "description": "Kịch bản không chạy (bị bỏ qua có chủ đích hoặc không áp dụng cho môi trường này).",
        "matchedStatuses": ["skipped"],
    },
)


def categories_json() -> str:
    return json.dumps(CATEGORIES, ensure_ascii=False, indent=2)


def write_categories(results_dir: Path) -> Path:
    path = results_dir / CATEGORIES_FILE
    path.write_text(categories_json(), encoding="utf-8")
    return path
