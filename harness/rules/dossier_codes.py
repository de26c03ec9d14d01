"""The Mã hồ sơ a receiving unit gives a dossier (DOMAIN §2.3): `{mã định danh đơn vị}-{yyMMdd}-{NNNN}`, the
unit's own QCVN 102 code, the day of submission, and its daily sequence, which starts at 0001."""

import re
from collections.abc import Iterable
from datetime import date


def dossier_code_problem(code: str, unit_code: str, days: Iterable[date]) -> str | None:
    """Why `code` is not a code of `unit_code` issued on one of `days` (the portal's dates around the
    submission: it may cross midnight), or None when it is."""
    days = sorted(set(days))
    wanted = "|".join(f"{day:%y%m%d}" for day in days)
    match = re.fullmatch(rf"{re.escape(unit_code)}-({wanted})-(\d{{4}})", code)
    if match is None:
        return (f"Mã hồ sơ “{code}” không có dạng {unit_code}-yyMMdd-NNNN của ngày nộp "
                f"({', '.join(f'{day:%d/%m/%Y}' for day in days)}).")
    if int(match.group(2)) < 1:
        return f"Mã hồ sơ “{code}” có số thứ tự 0000: số thứ tự trong ngày bắt đầu từ 0001."
    return None
