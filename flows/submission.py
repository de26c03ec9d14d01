"""Submitting a dossier online as a citizen: the procedure's page, "Chọn cơ quan thực hiện", "Nộp hồ sơ",
the e-form "Kê khai thông tin" and its files, "Lưu và nộp hồ sơ", up to the Mã hồ sơ.

`submit_dossier` is the whole chain (the precondition of every later flow on a real portal);
`open_declaration` stops on the e-form, for scenarios about the form itself. `prepare_declaration` makes the
answers and files a citizen gives (synthetic, from harness/data).
"""

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from playwright.sync_api import Page, expect

from flows.procedures import open_procedure
from harness.config import Environment
from harness.data.declarations import Declaration, declaration
from harness.data.documents import make_document
from pages.portal.agency_panel import DEPARTMENT, WARD
from pages.portal.eform_page import EFormPage
from pages.portal.submission_result_page import SubmissionResultPage

WARD_PREFIXES = ("Phường ", "Xã ", "Đặc khu ")


@dataclass(frozen=True)
class Submitted:
    """A citizen's dossier a scenario follows, and the portal's dates around its submission (its code carries
    one of them; empty when the scenario did not submit it itself)."""

    ma_ho_so: str
    days: frozenset[date] = frozenset()


def prepare_declaration(code: str, province: str, agency: str, rng: random.Random, today: date, folder: Path,
                        changes: dict[str, str] | None = None) -> tuple[Declaration, dict[str, Path]]:
    """A complete declaration for the procedure at the agency (with `changes` to some answers), and its files
    made in `folder`."""
    prepared = declaration(code, rng, today, province, agency)
    prepared = Declaration({**prepared.answers, **(changes or {})}, prepared.files)
    return prepared, {component: make_document(folder, name) for component, name in prepared.files.items()}


def agency_level(ward_or_agency: str) -> str:
    """"Phường Tuy Hòa" is chosen among the wards ("Phường/ Xã"), "Sở Tài chính" among the departments ("Sở")."""
    return WARD if ward_or_agency.startswith(WARD_PREFIXES) else DEPARTMENT


def choose_agency(page: Page, env: Environment, procedure_code: str, province: str, ward_or_agency: str) -> None:
    """Up to "Nộp hồ sơ" pressed for the chosen agency."""
    panel = open_procedure(page, env, procedure_code).agency_panel
    panel.choose(province, ward_or_agency, agency_level(ward_or_agency))
    panel.submit()


def open_declaration(page: Page, env: Environment, procedure_code: str, province: str,
                     ward_or_agency: str) -> EFormPage:
    choose_agency(page, env, procedure_code, province, ward_or_agency)
    eform = EFormPage(page)
    expect(eform.heading).to_be_visible()
    return eform


def fill_declaration(eform: EFormPage, answers: dict[str, str], files: dict[str, Path]) -> None:
    eform.fill(answers)
    for component, path in files.items():
        eform.attach(component, path)


def submit_dossier(page: Page, env: Environment, procedure_code: str, province: str, ward_or_agency: str,
                   answers: dict[str, str], files: dict[str, Path]) -> str:
    """The Mã hồ sơ the portal gives the submitted dossier."""
    eform = open_declaration(page, env, procedure_code, province, ward_or_agency)
    fill_declaration(eform, answers, files)
    eform.submit()
    return SubmissionResultPage(page).ma_ho_so()
