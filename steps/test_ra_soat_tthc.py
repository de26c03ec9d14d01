"""Steps of ra_soat_tthc.feature: every code of the list checked against the portal's public API, the
procedure's page and, for the codes that pass, a test submission the unit's officer must find
(harness/audits/procedures/). What the workers need from the run — the citizen's and the officer's saved logins,
the CSDL TTHC administrator's account — is taken here, in the main thread, before they start."""

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path

from playwright.sync_api import Browser
from pytest_bdd import scenarios, when

from fixtures.actors import SessionBook
from fixtures.audits import AuditedList, audit_the_list
from harness.actors import Account
from harness.audits.procedures.admin import admin_account
from harness.audits.procedures.check import DEFINITION, CheckSettings, Sessions, open_procedure_check
from harness.audits.procedures.submission_policy import no_submission_reason
from harness.config import Environment, UnitSpec
from harness.errors import HarnessError

scenarios("ra_soat_tthc.feature")

CITIZEN = "citizen_l2"


def saved_logins(env: Environment, sessions: SessionBook, unit: UnitSpec, admin: Account | None) -> Sessions:
    if reason := no_submission_reason(env):
        return Sessions(admin=admin, no_submission=reason)
    try:
        officer = env.officer_at(unit.name, "MOT_CUA").name
        env.actor(CITIZEN)
    except HarnessError as missing:
        return Sessions(admin=admin, no_submission=str(missing))
    return Sessions(sessions.storage_state(CITIZEN), sessions.storage_state(officer), admin)


@when("rà soát từng mã thủ tục của danh sách trên Cổng Dịch vụ công quốc gia và hệ thống Một cửa điện tử")
def audit_procedures(audited_list: AuditedList, env: Environment, sessions: SessionBook, audit_examples: bool,
                     audit_browser: Callable[[], AbstractContextManager[Browser]], audit_folder: Path,
                     audit_workers: int, tmp_path: Path) -> None:
    assert audited_list.path is not None and audited_list.unit is not None, "chưa có bước chọn danh sách"
    # Read after the examples' preparation (audit_examples), which hands the administrator's account out.
    admin = admin_account(os.environ)
    settings = CheckSettings(env, audited_list.unit, audited_list.path,
                             saved_logins(env, sessions, audited_list.unit, admin), audit_browser, tmp_path)
    audit_the_list(audited_list, DEFINITION, partial(open_procedure_check, settings), env, audit_folder, audit_workers)
