"""The one Jinja2 environment of the sandbox, with helpers every page needs."""

from pathlib import Path

from fastapi.templating import Jinja2Templates
from starlette.requests import Request

from sandbox.context import get_context
from sandbox.formats import vnd
from sandbox.portal.auth import header_context

TEMPLATES_DIR = Path(__file__).parent / "templates"


def _page_context(request: Request) -> dict:
    return {**header_context(request), "late_wiring_ms": get_context(request).settings.late_wiring_ms}


templates = Jinja2Templates(directory=TEMPLATES_DIR, context_processors=[_page_context])
templates.env.filters["vnd"] = vnd
