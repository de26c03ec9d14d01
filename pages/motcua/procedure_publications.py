"""Where the CSDL TTHC administrator reads a procedure's publication (its kind, decision and state, published or
not), per one-stop system (`[motcua] system` of the environment file): the review of procedures (ra_soat_tthc)
asks it about the codes the portal does not show. A province whose vendor's system is not the sandbox's adds its
own class with the same method here (pages/motcua/sandbox/publication_page.py is the model)."""

from collections.abc import Callable
from typing import Protocol

from playwright.sync_api import Page

from harness.config import Environment
from harness.errors import HarnessError
from pages.motcua.sandbox.publication_page import SandboxPublication


class PublicationPages(Protocol):
    def rows_for(self, code: str) -> list[dict[str, str]]:
        """Rows keyed by the page's column headers — at least "Tên thủ tục", "Phân loại", "Số quyết định công bố",
        "Trạng thái" — for the code; [] when the CSDL TTHC has no such code."""


PUBLICATION_PAGES: dict[str, Callable[[Page, Environment], PublicationPages]] = {"sandbox": SandboxPublication}


def publication_pages(page: Page, env: Environment) -> PublicationPages:
    if env.motcua_system not in PUBLICATION_PAGES:
        raise HarnessError(
            f"Rà soát thủ tục chưa có trang Công khai thủ tục của hệ thống '{env.motcua_system}': viết lớp như "
            "pages/motcua/sandbox/publication_page.py và thêm vào PUBLICATION_PAGES trong "
            "pages/motcua/procedure_publications.py.")
    return PUBLICATION_PAGES[env.motcua_system](page, env)
