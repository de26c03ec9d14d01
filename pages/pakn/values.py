"""PAKN pages show facts as label/value pairs (dt then dd): a value is found from its label."""

from playwright.sync_api import Locator


def value_of(region: Locator, label: str) -> Locator:
    return region.get_by_text(label, exact=True).locator("xpath=following-sibling::dd[1]")
