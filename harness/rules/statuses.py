"""The dossier statuses of the DVCQG sync code list (DOMAIN §3.3), by the name every portal shows.

A status name a scenario writes and a status name a system shows fail differently: a feature naming an
unknown status is a mistake of the test (`status_code` raises ValueError), a page showing one is a defect of
the system under test (`known_status` fails as an assertion that names it).
"""

STATUS_CODES = {"Mới đăng ký": 1, "Được tiếp nhận": 2, "Không được tiếp nhận": 3, "Đang xử lý": 4,
                "Yêu cầu bổ sung giấy tờ": 5, "Yêu cầu thực hiện nghĩa vụ tài chính": 6,
                "Công dân yêu cầu rút hồ sơ": 7, "Dừng xử lý": 8, "Đã xử lý xong": 9, "Đã trả kết quả": 10}


def status_code(name: str) -> int:
    """TrangThaiHoSo of a status a scenario names."""
    if name not in STATUS_CODES:
        raise ValueError(f"Kịch bản ghi trạng thái “{name}” không có trong danh mục: dùng một trong "
                         f"{', '.join(STATUS_CODES)}.")
    return STATUS_CODES[name]


def known_status(shown: str) -> str:
    """A status name a system showed, once it is one of the list; else the product defect, named."""
    assert shown in STATUS_CODES, f"Trạng thái “{shown}” không có trong danh mục trạng thái hồ sơ (DOMAIN §3.3)."
    return shown
