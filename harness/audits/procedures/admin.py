"""The CSDL TTHC administrator's account, if the run has one: only it can tell a procedure that is not yet
published from a code that does not exist, since the portal shows neither (docs/audits/ra_soat_tthc.md).

Its login id and password are read from two variables, as every account of a real environment: the example's
preparation puts them there on the sandbox and in the rehearsal; on staging a tester sets them, or the audit
says that it could not tell the two apart.
"""

from collections.abc import Mapping

from harness.actors import Account
from harness.evidence.redaction import SECRETS

ADMIN_ID_ENV = "DVCQG_RA_SOAT_TTHC_QUAN_TRI_ID"
ADMIN_PASSWORD_ENV = "DVCQG_RA_SOAT_TTHC_QUAN_TRI_PASSWORD"
ACTOR = "quan_tri_csdl_tthc"


def admin_account(environ: Mapping[str, str]) -> Account | None:
    login_id, password = environ.get(ADMIN_ID_ENV, ""), environ.get(ADMIN_PASSWORD_ENV, "")
    if not login_id or not password:
        return None
    SECRETS.register(password, f"mật khẩu của {ACTOR}")
    return Account(ACTOR, "officer", login_id, password)
