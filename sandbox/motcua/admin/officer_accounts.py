"""The officer accounts of one unit as its administrator manages them (DOMAIN §7.4 QUAN_TRI_DON_VI): who they
are, their roles, their procedures and whether the login is resting after wrong passwords; and the change of an
account's roles and procedure scope, refused outside the administrator's own unit."""

from dataclasses import dataclass
from datetime import datetime

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer, find_officer
from sandbox.identity.lockout import MOTCUA
from sandbox.identity.roles import ROLES
from sandbox.motcua.assignments import assign, assigned_procedures

ADMINISTRATOR = "QUAN_TRI_DON_VI"
ACTIVE = "Đang hoạt động"


@dataclass(frozen=True)
class AccountLine:
    officer: Officer
    procedures: frozenset[str] | None  # None: every procedure of the unit
    status: str


class Refused(Exception):
    """The change is not the administrator's to make (403) or names something that does not exist (404)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def unit_procedures(ctx: SandboxContext, unit_code: str) -> list[tuple[str, str]]:
    """(code, name) of every procedure configured at the unit, the ones an officer of it can be assigned to."""
    rows = ctx.store.all("SELECT procedure_code FROM procedure_agencies WHERE unit_code = ? ORDER BY procedure_code",
                         (unit_code,))
    return [(row["procedure_code"], procedure.name if (procedure := ctx.catalog.by_code(row["procedure_code"]))
             else "") for row in rows]


def status_of(ctx: SandboxContext, username: str) -> str:
    row = ctx.store.one("SELECT locked_until FROM login_attempts WHERE realm = ? AND login_id = ?",
                        (MOTCUA, username))
    if row and row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > ctx.clock.now():
        return f"Tạm khóa đến {datetime.fromisoformat(row['locked_until']):%H:%M}"
    return ACTIVE


def unit_accounts(ctx: SandboxContext, unit_code: str) -> list[AccountLine]:
    rows = ctx.store.all("SELECT username FROM officers WHERE unit_code = ? ORDER BY username", (unit_code,))
    return [AccountLine(officer, assigned_procedures(ctx.store, officer.username), status_of(ctx, officer.username))
            for row in rows if (officer := find_officer(ctx, row["username"])) is not None]


def managed_account(ctx: SandboxContext, administrator: Officer, username: str) -> Officer:
    """The account `administrator` may change: an administrator, and an account of their own unit."""
    if ADMINISTRATOR not in administrator.roles:
        raise Refused(403, "Chỉ quản trị đơn vị mới được quản lý tài khoản cán bộ.")
    officer = find_officer(ctx, username)
    if officer is None:
        raise Refused(404, f"Không có tài khoản {username}.")
    if officer.unit_code != administrator.unit_code:
        raise Refused(403, f"Tài khoản {username} không thuộc đơn vị của bạn: bạn chỉ được phân quyền cho cán bộ "
                           "của đơn vị mình.")
    return officer


def change_problems(ctx: SandboxContext, officer: Officer, roles: list[str], procedures: list[str]) -> dict[str, str]:
    """The form's problems by field (vai_tro, thu_tuc); empty when the change can be saved."""
    problems = {}
    if not roles:
        problems["vai_tro"] = "Chọn ít nhất một vai trò."
    elif unknown := [role for role in roles if role not in ROLES]:
        problems["vai_tro"] = f"Vai trò không có trong hệ thống: {', '.join(unknown)}."
    offered = {code for code, _ in unit_procedures(ctx, officer.unit_code)}
    if outside := [code for code in procedures if code not in offered]:
        problems["thu_tuc"] = (f"Thủ tục {', '.join(outside)} không được cấu hình tại đơn vị: chỉ phân công thủ "
                               "tục đơn vị đang thực hiện.")
    return problems


def change_account(ctx: SandboxContext, officer: Officer, roles: list[str], procedures: list[str]) -> None:
    with ctx.store.transaction() as db:
        db.execute("DELETE FROM officer_roles WHERE username = ?", (officer.username,))
        db.executemany("INSERT INTO officer_roles VALUES (?, ?)",
                       [(officer.username, role) for role in sorted(set(roles))])
    assign(ctx.store, officer.username, procedures)
