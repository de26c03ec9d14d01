"""Rendering the portal's pages, and its Vietnamese "not found" page."""

from typing import Any

from fastapi.responses import HTMLResponse
from starlette.requests import Request

from sandbox.templating import templates


def page(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, f"portal/{template}", context, status_code=status_code)


def not_found(request: Request, what: str = "thủ tục hành chính") -> HTMLResponse:
    return page(request, "not_found.html", {"what": what}, status_code=404)
