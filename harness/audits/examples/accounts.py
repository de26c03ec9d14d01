"""The state the officer accounts audit's example (data/audits/ra_soat_tai_khoan/danh-sach-can-bo.csv) is checked
against, as Công an Phường Tuy Hòa's administrators would have left it: good accounts; one whose roles lack one the
roster gives, one with a role too many, one whose password was changed since it was handed out (the roster's
password no longer works), one made at another unit than the roster says, one the roster lists but nobody made;
and a dossier at the unit and one at another unit for the scope probe. (A row without a password, `chưa rà soát
được`, is left out on purpose: a row not checked keeps the run's journal, and the next run would resume the others.)

Passwords are random, placed in `environ` under the audit's variables (harness/audits/accounts/passwords.py) and
registered as secrets. Idempotent within one sandbox: accounts are put as described (PUT), the dossiers made once.
"""

from collections.abc import MutableMapping

from harness.actors import new_password
from harness.audits.accounts.passwords import password_variable
from harness.clients.sandbox_setup import SetupClient, SetupRefused
from harness.config import Environment
from harness.evidence.redaction import SECRETS

UNIT = "Công an Phường Tuy Hòa"
OTHER_UNIT = "Công an Phường Buôn Ma Thuột"
PROCEDURE = "1.004194"  # Đăng ký tạm trú: configured at both wards' police
ACCOUNTS = (  # username, họ và tên, the unit it is made at, the roles it is given
    ("rstk.motcua", "Phạm Thị Hồng", UNIT, ["MOT_CUA"]),
    ("rstk.chuyenvien", "Trương Văn Long", UNIT, ["CHUYEN_VIEN"]),
    ("rstk.lanhdao", "Đỗ Minh Châu", UNIT, ["LANH_DAO_DON_VI", "THONG_KE"]),
    ("rstk.ketoan", "Lương Thị Hà", UNIT, ["KE_TOAN"]),  # the roster says MOT_CUA, KE_TOAN
    ("rstk.thongke", "Mai Văn Tú", UNIT, ["THONG_KE", "QUAN_TRI_DON_VI"]),  # the roster says THONG_KE
    ("rstk.doimatkhau", "Hồ Thị Kim", UNIT, ["MOT_CUA"]),  # its password changed after it was handed out
    ("rstk.khacdonvi", "Triệu Văn Bình", OTHER_UNIT, ["MOT_CUA"]),  # the roster says Công an Phường Tuy Hòa
)
CHANGED_PASSWORD = "rstk.doimatkhau"
NEVER_MADE = "rstk.chuataotk"  # the roster lists it with a password, nobody made the account
OWNER = {"so_dinh_danh": "066099012026", "ho_va_ten": "Quách Văn Thành", "ngay_sinh": "1999-07-14",
         "gioi_tinh": "Nam", "so_dien_thoai": "0912460317", "email": "thanhqv.rstk@example.com",
         "thuong_tru": "Tổ dân phố 4, Phường Tuy Hòa, Tỉnh Đắk Lắk",
         "noi_o_hien_nay": "Tổ dân phố 4, Phường Tuy Hòa, Tỉnh Đắk Lắk"}


def _hand_out(environ: MutableMapping[str, str], username: str, password: str) -> None:
    SECRETS.register(password, f"mật khẩu rà soát của {username}")
    environ[password_variable(username)] = password


def prepare(setup: SetupClient, env: Environment, environ: MutableMapping[str, str]) -> None:
    for username, name, unit, roles in ACCOUNTS:
        password = new_password()
        SECRETS.register(password, f"mật khẩu của {username}")
        setup.put_officer(username, password, name, env.unit(unit).code, roles)
        if username == CHANGED_PASSWORD:
            password = new_password()  # what the roster still has
        _hand_out(environ, username, password)
    _hand_out(environ, NEVER_MADE, new_password())
    try:
        owner_password = new_password()
        SECRETS.register(owner_password, "mật khẩu của chủ hồ sơ mẫu rà soát tài khoản")
        setup.create_citizen(OWNER, level=2, password=owner_password)
    except SetupRefused as refused:
        if refused.status == 409:  # prepared before in this sandbox: its dossiers are there
            return
        raise
    for unit in (UNIT, OTHER_UNIT):
        setup.create_dossier(PROCEDURE, env.unit(unit).code, OWNER["so_dinh_danh"], status=2)
