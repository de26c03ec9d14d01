"""The audited accounts' passwords: one variable per account, or a git-ignored CSV a variable names; registered as
secrets when read; a missing one said in a sentence that names the variable to set."""

from pathlib import Path

from harness.audits.accounts.passwords import FILE_VARIABLE, Passwords, password_variable
from harness.evidence.redaction import CENSORED, SECRETS


def test_the_variable_is_the_account_upper_cased_with_every_other_character_an_underscore() -> None:
    assert password_variable("motcua.ca-tuyhoa") == "DVCQG_AUDIT_PASSWORD__MOTCUA_CA_TUYHOA"


def test_a_variable_wins_over_the_file_and_both_are_secrets(tmp_path: Path) -> None:
    file = tmp_path / "mat-khau.csv"
    file.write_text("Tài khoản,Mật khẩu\nrstk.a,Tu-tep-2026-aa\nrstk.b,Tu-tep-2026-bb\n", encoding="utf-8")
    passwords = Passwords({FILE_VARIABLE: str(file), password_variable("rstk.a"): "Tu-bien-2026-aa"})

    assert passwords.of("rstk.a") == "Tu-bien-2026-aa"
    assert passwords.of("rstk.b") == "Tu-tep-2026-bb"
    assert SECRETS.scrub_text("Tu-bien-2026-aa Tu-tep-2026-bb") == f"{CENSORED} {CENSORED}"


def test_a_missing_password_names_the_variable_and_the_file() -> None:
    passwords = Passwords({})

    assert passwords.of("rstk.c") is None
    assert "DVCQG_AUDIT_PASSWORD__RSTK_C" in passwords.missing("rstk.c")
    assert FILE_VARIABLE in passwords.missing("rstk.c")
