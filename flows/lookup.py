"""The national portal's "Tra cứu hồ sơ" for a dossier, waited on until the environment's status-sync deadline:
the national copy arrives after the province's change."""

from playwright.sync_api import Page

from harness.config import Environment
from pages.portal.lookup_page import LookupPage


def open_lookup(page: Page, env: Environment) -> LookupPage:
    lookup = LookupPage(page)
    lookup.load(env.url("portal"))
    return lookup


def lookup_with_status(page: Page, env: Environment, ma_ho_so: str, so_giay_to: str, status: str) -> LookupPage:
    """The lookup page once it shows `status` for the dossier; fails after the `status_sync` deadline."""
    lookup = open_lookup(page, env)
    lookup.wait_for_status(ma_ho_so, so_giay_to, status, env.deadlines.status_sync, env.deadlines.poll_interval)
    return lookup


def lookup_with_progress(page: Page, env: Environment, ma_ho_so: str, so_giay_to: str, entries: int) -> LookupPage:
    """The lookup page once it lists at least `entries` progress entries; fails after the `status_sync` deadline."""
    lookup = open_lookup(page, env)
    lookup.wait_for_progress(ma_ho_so, so_giay_to, entries, env.deadlines.status_sync, env.deadlines.poll_interval)
    return lookup
