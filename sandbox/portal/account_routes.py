"""The logged-in citizen's own page "Thông tin cá nhân": what VNeID shared at login, read-only."""

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.portal.auth import current_citizen
from sandbox.portal.return_paths import here
from sandbox.templating import templates

router = APIRouter(include_in_schema=False)


def login_first(request: Request) -> RedirectResponse:
    """To VNeID and back here: pages of the logged-in citizen send a stranger to log in first."""
    return RedirectResponse(f"/dang-nhap?{urlencode({'next': here(request)})}", status_code=303)


@router.get("/thong-tin-ca-nhan")
def personal_information(request: Request) -> Response:
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    return templates.TemplateResponse(request, "portal/personal_information.html", {})
