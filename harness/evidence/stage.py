"""What the evidence code needs from a scenario's stage (the `stage` fixture of fixtures/browser.py)."""

from __future__ import annotations

from typing import Protocol

from playwright.sync_api import BrowserContext, Locator, Page


class EvidenceStage(Protocol):
    @property
    def active_page(self) -> Page | None:
        """The page the latest step acted on (the one its screenshot shows), or None before any."""

    @property
    def contexts(self) -> list[BrowserContext]: ...

    def secret_locators(self, page: Page) -> list[Locator]: ...
