"""How one account's row is judged from what was seen (pure: no browser, no pytest), in this order:

1. it did not log in: `thiếu tài khoản` when the unit administrator's list "Tài khoản cán bộ" does not have it
   either, otherwise `không đăng nhập được` (the list has it: a wrong or changed password, a locked account);
2. it logged in at another unit than the roster's, or cannot open its own unit's dossier, or can open another
   unit's: `sai phạm vi phân quyền`;
3. a group one of its roles must open is missing from its menu or refused by the server, or the administrator's
   list lacks a role: `thiếu quyền`;
4. its menu shows, or the server opens, a group none of its roles should — a group hidden in the menu but opened by
   the server included — or the list has a role the roster does not: `thừa quyền`;
5. otherwise `đủ quyền`.
The detail names every problem found, whichever decided the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.audits.accounts.roles import GROUPS, ROLES, TRACKING, groups_of, roles_opening

COMPLETE = "đủ quyền"
NO_ACCOUNT = "thiếu tài khoản"
MISSING = "thiếu quyền"
EXTRA = "thừa quyền"
WRONG_SCOPE = "sai phạm vi phân quyền"
NO_LOGIN = "không đăng nhập được"
VERDICTS = (COMPLETE, NO_ACCOUNT, MISSING, EXTRA, WRONG_SCOPE, NO_LOGIN)

OPENED, REFUSED = 200, 403


@dataclass(frozen=True)
class Listed:
    """The account's line in the administrator's list."""

    unit: str
    roles: frozenset[str]
    status: str


@dataclass(frozen=True)
class Probe:
    """A dossier asked for directly with the account's session, and the server's answer."""

    code: str
    unit: str
    status: int


@dataclass
class Seen:
    account: str
    unit: str  # the roster's
    roles: frozenset[str]  # the roster's
    list_read: bool = False  # the administrator's list of `unit` was read
    listed: Listed | None = None
    login_refusal: str | None = None  # what the login page said; None when the account logged in
    shown_unit: str = ""
    shown_name: str = ""
    menu: tuple[str, ...] = ()
    server: dict[str, int] = field(default_factory=dict)  # group -> status of its address
    own_dossier: Probe | None = None
    other_dossier: Probe | None = None
    name: str = ""  # the roster's họ và tên


def _names(groups) -> str:
    return ", ".join(f"“{group}”" for group in GROUPS if group in groups)


def _codes(roles) -> str:
    return ", ".join(code for code in ROLES if code in roles)


def scope_problems(seen: Seen) -> list[str]:
    problems = []
    if seen.shown_unit != seen.unit:
        problems.append(f"đăng nhập vào đơn vị “{seen.shown_unit}”, danh sách ghi “{seen.unit}”")
    if seen.list_read and seen.listed is None:
        problems.append(f"không có trong danh sách Tài khoản cán bộ của {seen.unit}")
    if seen.own_dossier and seen.own_dossier.status != OPENED:
        problems.append(f"không mở được hồ sơ {seen.own_dossier.code} của đơn vị mình")
    if seen.other_dossier and seen.other_dossier.status == OPENED:
        problems.append(f"mở được hồ sơ {seen.other_dossier.code} của {seen.other_dossier.unit}")
    return problems


def missing_problems(seen: Seen) -> list[str]:
    problems = []
    hidden = [TRACKING] if TRACKING not in seen.menu else []
    refused = [TRACKING] if seen.server.get(TRACKING) != OPENED else []
    if hidden or refused:
        problems.append(f"thiếu “{TRACKING}” mà mọi cán bộ đều có (" + "; ".join(
            (["thực đơn không có"] if hidden else []) + (["máy chủ từ chối"] if refused else [])) + ")")
    for code in (code for code in ROLES if code in seen.roles):
        groups = ROLES[code].groups
        hidden = [group for group in groups if group not in seen.menu]
        refused = [group for group in groups if seen.server.get(group) != OPENED]
        listed_without = seen.listed is not None and code not in seen.listed.roles
        if not (hidden or refused or listed_without):
            continue
        parts = ([f"thực đơn không có {_names(hidden)}"] if hidden else []) + (
            [f"máy chủ từ chối {_names(refused)}"] if refused else []) + (
            ["danh sách Tài khoản cán bộ không ghi vai trò này"] if listed_without else [])
        problems.append(f"thiếu {code} ({'; '.join(parts)})")
    return problems


def extra_problems(seen: Seen) -> list[str]:
    expected = groups_of(seen.roles)
    problems = []
    for group in GROUPS:
        shown, opened = group in seen.menu, seen.server.get(group) == OPENED
        if group in expected or not (shown or opened):
            continue
        how = ("thực đơn có và máy chủ cho mở" if shown and opened else
               "thực đơn ẩn nhưng máy chủ vẫn cho mở" if opened else "thực đơn có (máy chủ từ chối)")
        problems.append(f"thừa “{group}” của {_codes(roles_opening(group)) or 'không vai trò nào'} ({how})")
    if seen.listed is not None and (more := seen.listed.roles - seen.roles):
        problems.append(f"danh sách Tài khoản cán bộ ghi thêm {_codes(more)}")
    return problems


def _other_name(seen: Seen) -> str:
    return f" (danh sách ghi họ và tên “{seen.name}”)" if seen.name and seen.name != seen.shown_name else ""


def evidence(seen: Seen) -> str:
    if seen.listed is not None:
        listed = (f"Danh sách Tài khoản cán bộ: {seen.listed.unit}, vai trò {_codes(seen.listed.roles) or '—'}, "
                  f"{seen.listed.status}.")
    else:
        listed = ("Danh sách Tài khoản cán bộ của đơn vị không có tài khoản này." if seen.list_read else
                  "Không đọc được danh sách Tài khoản cán bộ của đơn vị.")
    if seen.login_refusal is not None:
        return f"{listed} Trang đăng nhập báo: “{seen.login_refusal}”."
    server = ", ".join(f"{group} {seen.server[group]}" for group in GROUPS if group in seen.server)
    dossiers = "; ".join(f"hồ sơ {probe.code} ({probe.unit}): {probe.status}"
                         for probe in (seen.own_dossier, seen.other_dossier) if probe)
    return " ".join(part for part in (
        listed, f"Sau đăng nhập: {seen.shown_name}{_other_name(seen)}, đơn vị “{seen.shown_unit}”.",
        f"Thực đơn: {_names(seen.menu) or '—'}.", f"Máy chủ trả khi mở trực tiếp: {server}.",
        f"Thử phạm vi: {dossiers}." if dossiers else "Thử phạm vi: không có hồ sơ để thử.") if part)


def judge(seen: Seen) -> tuple[str, str]:
    """The row's verdict and its detail."""
    if seen.login_refusal is not None:
        if seen.list_read and seen.listed is None:
            return NO_ACCOUNT, (f"không có trong danh sách Tài khoản cán bộ của {seen.unit} và không đăng nhập được: "
                                "cần tạo tài khoản")
        status = f" (trạng thái “{seen.listed.status}”)" if seen.listed else ""
        return NO_LOGIN, f"có tài khoản{status} nhưng không đăng nhập được bằng mật khẩu đã cho: {seen.login_refusal}"
    scope, missing, extra = scope_problems(seen), missing_problems(seen), extra_problems(seen)
    detail = "; ".join(scope + missing + extra)
    if scope:
        return WRONG_SCOPE, detail
    if missing:
        return MISSING, detail
    if extra:
        return EXTRA, detail
    return COMPLETE, f"đăng nhập được tại {seen.unit}, đúng và đủ vai trò {_codes(seen.roles)}"
