"""Shared citizen steps: declaring and submitting a dossier through the e-form, "Nộp hồ sơ" and the portal's
refusal of it, and "Tra cứu hồ sơ"; with the portal's time, which every check of a date reads.

Registered for every feature by the root conftest.py. The files a citizen attaches are made for the
scenario in its own temporary folder; the answers come from `harness.data.declarations`.
"""

import random
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from faker import Faker
from playwright.sync_api import expect
from pytest_bdd import then, when

from fixtures.browser import CITIZEN
from flows.lookup import lookup_with_status
from flows.submission import Submitted, choose_agency, prepare_declaration, submit_dossier
from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import VIETNAM
from pages.portal.notice_page import NoticePage
from steps.patterns import quoted


@pytest.fixture
def attachments_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "tep-dinh-kem"
    folder.mkdir()
    return folder


@pytest.fixture
def portal_clock(setup_api: SetupClient | None) -> Callable[[], datetime]:
    """The portal's time now: the sandbox's clock (a test may have moved it), else the time in Vietnam."""
    def now() -> datetime:
        if setup_api:
            return datetime.fromisoformat(setup_api.health()["now"]).astimezone(VIETNAM)
        return datetime.now(VIETNAM)

    return now


@pytest.fixture
def portal_today(portal_clock: Callable[[], datetime]) -> Callable[[], date]:
    return lambda: portal_clock().date()


@pytest.fixture
def declaration_rng(faker_vi: Faker) -> random.Random:
    return random.Random(faker_vi.random.random())


def submit_prepared(stage, env: Environment, code: str, province: str, agency: str, portal_today,
                    rng: random.Random, folder: Path, changes: dict[str, str] | None = None) -> Submitted:
    """The whole chain of flows.submission on the citizen's page; the portal's dates around it are kept for
    the code's date."""
    before = portal_today()
    prepared, files = prepare_declaration(code, province, agency, rng, before, folder, changes)
    attach_seen("Thông tin kê khai", prepared.answers)
    ma_ho_so = submit_dossier(stage.page(CITIZEN), env, code, province, agency, prepared.answers, files)
    attach_seen("Mã hồ sơ", ma_ho_so)
    return Submitted(ma_ho_so, frozenset({before, portal_today()}))


@when(quoted('công dân nộp hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}"'),
      target_fixture="submission")
def submit_declared(stage, env: Environment, code: str, agency: str, province: str, declaration_rng, portal_today,
                    attachments_dir: Path) -> Submitted:
    return submit_prepared(stage, env, code, province, agency, portal_today, declaration_rng, attachments_dir)


@when(quoted('công dân nộp hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}" với "{label}" là '
             '"{value}"'), target_fixture="submission")
def submit_declared_with(stage, env: Environment, code: str, agency: str, province: str, label: str, value: str,
                         declaration_rng, portal_today, attachments_dir: Path) -> Submitted:
    return submit_prepared(stage, env, code, province, agency, portal_today, declaration_rng, attachments_dir,
                           {label: value})


@when(quoted('công dân bấm "Nộp hồ sơ" thủ tục "{code}" tại "{agency}" thuộc "{province}"'))
def press_submit(stage, env: Environment, code: str, agency: str, province: str) -> None:
    choose_agency(stage.page(CITIZEN), env, code, province, agency)


@then(quoted('Cổng từ chối nộp hồ sơ với thông báo "{message}"'))
def submission_refused(stage, message: str) -> None:
    expect(NoticePage(stage.page(CITIZEN)).message).to_have_text(message)


@then(quoted('tra cứu hồ sơ cho trạng thái "{status}"'))
def lookup_shows(stage, env: Environment, submission: Submitted, citizen: Account, status: str) -> None:
    lookup_with_status(stage.page(CITIZEN), env, submission.ma_ho_so, citizen.login_id, status)
    attach_seen("Tra cứu hồ sơ", {"mã hồ sơ": submission.ma_ho_so, "trạng thái": status})
