"""What the national portal shows a citizen of a dossier, waited on until the environment's status-sync deadline
(the national copy arrives after the province's change): "Tra cứu hồ sơ", and "Dịch vụ công của tôi" with the
dossier's own page behind it, reached from the header's user menu as a citizen reaches them."""

import time

from playwright.sync_api import Page, expect

from harness.config import Environment
from harness.rules.statuses import known_status
from pages.portal.citizen_dossier_page import CitizenDossierPage
from pages.portal.header import PortalHeader
from pages.portal.lookup_page import LookupPage
from pages.portal.my_dossiers_page import ENTRY, MyDossiersPage


def open_lookup(page: Page, env: Environment) -> LookupPage:
    lookup = LookupPage(page)
    lookup.load(env.url("portal"))
    return lookup


def lookup_with_status(page: Page, env: Environment, ma_ho_so: str, so_giay_to: str, status: str) -> LookupPage:
    """The lookup page once it shows `status` for the dossier; fails after the `status_sync` deadline."""
    lookup = open_lookup(page, env)
    try:
        lookup.wait_for_status(ma_ho_so, so_giay_to, status, env.deadlines.status_sync, env.deadlines.poll_interval)
    except AssertionError:
        if lookup.result.is_visible():
            known_status(lookup.status.inner_text().strip())
        raise
    return lookup


def lookup_with_progress(page: Page, env: Environment, ma_ho_so: str, so_giay_to: str, entries: int) -> LookupPage:
    """The lookup page once it lists at least `entries` progress entries; fails after the `status_sync` deadline."""
    lookup = open_lookup(page, env)
    lookup.wait_for_progress(ma_ho_so, so_giay_to, entries, env.deadlines.status_sync, env.deadlines.poll_interval)
    return lookup


def open_my_dossiers(page: Page, env: Environment) -> MyDossiersPage:
    """From the portal's home page: the user menu's "Dịch vụ công của tôi"."""
    page.goto(f"{env.url('portal')}/")
    PortalHeader(page).choose(ENTRY)
    mine = MyDossiersPage(page)
    mine.expect_loaded()
    return mine


def my_dossiers_listing(page: Page, env: Environment, ma_ho_so: str) -> tuple[MyDossiersPage, dict[str, str]]:
    """"Dịch vụ công của tôi" once it lists the dossier, and the dossier's row; the page is shown again (as a
    citizen refreshes it) until the `status_sync` deadline."""
    mine = open_my_dossiers(page, env)
    deadline = time.monotonic() + env.deadlines.status_sync / 1000
    while True:
        remaining_ms = (deadline - time.monotonic()) * 1000
        try:
            expect(mine.dossier_link(ma_ho_so)).to_be_visible(
                timeout=max(min(env.deadlines.poll_interval, remaining_ms), 1))
            return mine, mine.row_for(ma_ho_so)
        except AssertionError:
            if time.monotonic() >= deadline:
                raise AssertionError(f"Quá {env.deadlines.status_sync} ms, “{ENTRY}” vẫn chưa có hồ sơ {ma_ho_so}."
                                     ) from None
        page.reload()
        mine.expect_loaded()


def open_own_dossier(page: Page, env: Environment, ma_ho_so: str) -> CitizenDossierPage:
    """The citizen's page of the dossier, by its link in "Dịch vụ công của tôi"."""
    mine, _ = my_dossiers_listing(page, env, ma_ho_so)
    mine.open_dossier(ma_ho_so)
    dossier = CitizenDossierPage(page)
    dossier.expect_loaded(ma_ho_so)
    return dossier
