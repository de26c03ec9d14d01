"""Shared citizen steps: declaring and submitting a dossier through the e-form, and "Tra cứu hồ sơ".

Registered for every feature by the root conftest.py. The files a citizen attaches are made for the
scenario in its own temporary folder; the answers come from `harness.data.declarations`.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from faker import Faker
from pytest_bdd import then, when

from flows.lookup import lookup_with_status
from flows.submission import fill_declaration, open_declaration, submit_dossier
from harness.actors import Account
from harness.clients.sandbox_setup import SetupClient
from harness.config import Environment
from harness.data.declarations import Declaration, declaration
from harness.data.documents import make_document
from harness.evidence.attachments import attach_seen
from harness.vietnam_time import VIETNAM
from steps.patterns import quoted


@dataclass(frozen=True)
class Submission:
    ma_ho_so: str
    days: frozenset[date]  # the portal's dates just before and after: the code carries one of them


@pytest.fixture
def attachments_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "tep-dinh-kem"
    folder.mkdir()
    return folder


@pytest.fixture
def portal_today(setup_api: SetupClient | None):
    """Today for the portal: the sandbox's clock (a test may have moved it), else the date in Vietnam."""
    def today() -> date:
        if setup_api:
            return datetime.fromisoformat(setup_api.health()["now"]).date()
        return datetime.now(VIETNAM).date()

    return today


@pytest.fixture
def declaration_rng(faker_vi: Faker) -> random.Random:
    return random.Random(faker_vi.random.random())


def prepare(code: str, province: str, agency: str, rng: random.Random, today: date, folder: Path,
            changes: dict[str, str] | None = None) -> tuple[Declaration, dict[str, Path]]:
    """A complete declaration (with `changes` to some answers) and its files made in `folder`."""
    prepared = declaration(code, rng, today, province, agency)
    prepared = Declaration({**prepared.answers, **(changes or {})}, prepared.files)
    return prepared, {component: make_document(folder, name) for component, name in prepared.files.items()}


def declare(stage, env: Environment, code: str, province: str, agency: str, prepared: Declaration,
            files: dict[str, Path]) -> None:
    """Up to a filled e-form, not submitted: for scenarios about what the form refuses or keeps."""
    fill_declaration(open_declaration(stage.active_page, env, code, province, agency), prepared.answers, files)
    attach_seen("Thông tin kê khai", prepared.answers)


def submit_prepared(stage, env: Environment, code: str, province: str, agency: str, prepared: Declaration,
                    files: dict[str, Path], portal_today) -> Submission:
    """The whole chain of flows.submission; the portal's dates around it are kept for the code's date."""
    attach_seen("Thông tin kê khai", prepared.answers)
    before = portal_today()
    ma_ho_so = submit_dossier(stage.active_page, env, code, province, agency, prepared.answers, files)
    attach_seen("Mã hồ sơ", ma_ho_so)
    return Submission(ma_ho_so, frozenset({before, portal_today()}))


@when(quoted('công dân nộp hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}"'),
      target_fixture="submission")
def submit_declared(stage, env: Environment, code: str, agency: str, province: str, declaration_rng, portal_today,
                    attachments_dir: Path) -> Submission:
    prepared, files = prepare(code, province, agency, declaration_rng, portal_today(), attachments_dir)
    return submit_prepared(stage, env, code, province, agency, prepared, files, portal_today)


@when(quoted('công dân nộp hồ sơ thủ tục "{code}" tại "{agency}" thuộc "{province}" với "{label}" là '
             '"{value}"'), target_fixture="submission")
def submit_declared_with(stage, env: Environment, code: str, agency: str, province: str, label: str, value: str,
                         declaration_rng, portal_today, attachments_dir: Path) -> Submission:
    prepared, files = prepare(code, province, agency, declaration_rng, portal_today(), attachments_dir,
                              {label: value})
    return submit_prepared(stage, env, code, province, agency, prepared, files, portal_today)


@then(quoted('tra cứu hồ sơ cho trạng thái "{status}"'))
def lookup_shows(stage, env: Environment, submission: Submission, citizen: Account, status: str) -> None:
    lookup_with_status(stage.active_page, env, submission.ma_ho_so, citizen.login_id, status)
    attach_seen("Tra cứu hồ sơ", {"mã hồ sơ": submission.ma_ho_so, "trạng thái": status})
