"""Rules a new account must pass before the setup API stores it; each problem is one Vietnamese sentence."""

import re
import unicodedata
from datetime import date

from sandbox.identity.roles import ROLES

_SO_DINH_DANH = re.compile(r"\d{12}", re.ASCII)
_PHONE = re.compile(r"(0|\+?84)\d{9}", re.ASCII)
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,63}", re.ASCII)
SEXES = ("Nam", "Nữ")
MIN_PASSWORD_LENGTH = 8


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def so_dinh_danh_problems(number: str) -> list[str]:
    if not _SO_DINH_DANH.fullmatch(number):
        return ["Số định danh cá nhân phải gồm đúng 12 chữ số."]
    return []


def _identity_problems(number: str, born: date, sex: str) -> list[str]:
    """The 4th digit encodes century and sex, the 5th–6th the birth year (TT 07/2016/TT-BCA)."""
    problems = []
    if sex in SEXES and 1900 <= born.year <= 2399:
        expected = 2 * ((born.year - 1900) // 100) + SEXES.index(sex)
        if number[3] != str(expected):
            problems.append(f"Chữ số thứ 4 của số định danh là {number[3]}, nhưng {sex} sinh năm {born.year} "
                            f"phải là {expected}.")
    if number[4:6] != f"{born.year % 100:02d}":
        problems.append(f"Chữ số thứ 5–6 của số định danh là {number[4:6]}, nhưng năm sinh là {born.year}.")
    return problems


def citizen_problems(number: str, name: str, born: date, sex: str, phone: str, email: str, level: int,
                     password: str, today: date) -> list[str]:
    problems = so_dinh_danh_problems(number)
    if not name:
        problems.append("Họ và tên không được để trống.")
    if born > today:
        problems.append("Ngày sinh không được sau ngày hôm nay.")
    if sex not in SEXES:
        problems.append("Giới tính phải là 'Nam' hoặc 'Nữ'.")
    if not problems:
        problems += _identity_problems(number, born, sex)
    if not _PHONE.fullmatch(phone):
        problems.append("Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc 84).")
    if email and "@" not in email:
        problems.append("Thư điện tử không đúng định dạng.")
    if level not in (1, 2):
        problems.append("Mức độ tài khoản định danh điện tử phải là 1 hoặc 2.")
    problems += password_problems(password)
    return problems


def officer_problems(username: str, name: str, roles: list[str], password: str) -> list[str]:
    problems = []
    if not _USERNAME.fullmatch(username):
        problems.append("Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch nối, gạch dưới.")
    if not name:
        problems.append("Họ và tên không được để trống.")
    if not roles:
        problems.append("Cán bộ phải có ít nhất một vai trò.")
    if unknown := [role for role in roles if role not in ROLES]:
        problems.append(f"Vai trò không có trong hệ thống: {', '.join(unknown)}. Các vai trò: {', '.join(ROLES)}.")
    return problems + password_problems(password)


def password_problems(password: str) -> list[str]:
    if len(password) < MIN_PASSWORD_LENGTH:
        return [f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự."]
    return []
