"""The officer roles of DOMAIN §7.4 as a roster writes them (codes, or the names a one-stop system shows), and the
menu groups of the one-stop back office (DOMAIN §1.8) each role must open — and no other role may.

The harness's own table, from the domain brief, never read from the sandbox. Some roles have no group of their
own in the one-stop system (VAN_THU, XU_LY_PAKN work elsewhere; the two leaders open the same groups): those are
told apart by the unit administrator's list only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TRACKING = "Theo dõi hồ sơ"  # every officer has it
RECEIVING, PROCESSING, SUPPLEMENT, RESULTS, FEES = ("Tiếp nhận hồ sơ", "Xử lý hồ sơ", "Bổ sung hồ sơ", "Trả kết quả",
                                                    "Thu phí/lệ phí")
STATISTICS, ADMINISTRATION, PORTAL_ADMINISTRATION = "Thống kê báo cáo", "Quản trị", "Quản trị Cổng DVC"
GROUPS = (RECEIVING, PROCESSING, SUPPLEMENT, RESULTS, FEES, TRACKING, STATISTICS, ADMINISTRATION,
          PORTAL_ADMINISTRATION)


@dataclass(frozen=True)
class Role:
    code: str
    name: str  # as the one-stop system names it
    groups: tuple[str, ...]
    aliases: tuple[str, ...] = ()


ROLES = {role.code: role for role in (
    Role("MOT_CUA", "Cán bộ tiếp nhận (Bộ phận Một cửa)", (RECEIVING, SUPPLEMENT, RESULTS, FEES),
         ("Cán bộ tiếp nhận", "Bộ phận Một cửa", "Một cửa")),
    Role("CHUYEN_VIEN", "Chuyên viên thụ lý", (PROCESSING, SUPPLEMENT), ("Chuyên viên", "Thụ lý")),
    Role("LANH_DAO_PHONG", "Lãnh đạo phòng", (PROCESSING,)),
    Role("LANH_DAO_DON_VI", "Lãnh đạo đơn vị", (PROCESSING,)),
    Role("VAN_THU", "Văn thư", ()),
    Role("KE_TOAN", "Kế toán", (FEES,), ("THU_PHI", "Thu phí")),
    Role("QUAN_TRI_DON_VI", "Quản trị đơn vị", (ADMINISTRATION,)),
    Role("QUAN_TRI_CSDL_TTHC", "Quản trị CSDL thủ tục hành chính", (PORTAL_ADMINISTRATION,),
         ("Quản trị CSDL TTHC",)),
    Role("XU_LY_PAKN", "Xử lý phản ánh, kiến nghị", (), ("Xử lý PAKN",)),
    Role("THONG_KE", "Thống kê báo cáo", (STATISTICS,), ("Thống kê",)),
)}


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _code_form(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip()).upper()


_BY_WORDS = {_plain(words): role.code for role in ROLES.values() for words in (role.name, *role.aliases)}
_BY_CODE = {_code_form(alias): role.code for role in ROLES.values() for alias in role.aliases if alias.isupper()} | {
    code: code for code in ROLES}


def _one(text: str) -> str | None:
    return _BY_CODE.get(_code_form(text)) or _BY_WORDS.get(_plain(text))


def parse_roles(text: str) -> tuple[frozenset[str], list[str]]:
    """The role codes a cell names ("MOT_CUA, KE_TOAN", "Chuyên viên thụ lý; Thống kê báo cáo") and the pieces that
    name no role. A name with a comma of its own ("Xử lý phản ánh, kiến nghị") is read whole."""
    pieces = [piece.strip() for piece in re.split(r"[,;\n]", text) if piece.strip()]
    codes: set[str] = set()
    unknown: list[str] = []
    start = 0
    while start < len(pieces):
        for end in range(len(pieces), start, -1):  # the longest run of pieces that names a role
            if code := _one(", ".join(pieces[start:end])):
                codes.add(code)
                start = end
                break
        else:
            unknown.append(pieces[start])
            start += 1
    return frozenset(codes), unknown


def groups_of(roles: frozenset[str]) -> frozenset[str]:
    """The groups these roles must open, and with them every officer's own."""
    return frozenset({TRACKING, *(group for code in roles for group in ROLES[code].groups)})


def roles_opening(group: str) -> list[str]:
    return [code for code, role in ROLES.items() if group in role.groups]
