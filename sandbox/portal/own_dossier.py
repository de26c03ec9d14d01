"""The logged-in citizen's own dossier, or the answer that stands in for it: the login page for no session,
404 for a code that is unknown or someone else's (so a code's existence is not confirmed)."""

from fastapi import Request
from fastapi.responses import Response

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.portal.account_routes import login_first
from sandbox.portal.auth import PortalCitizen, current_citizen
from sandbox.portal.rendering import not_found


def own_dossier(request: Request, ctx: SandboxContext, ma_ho_so: str) -> tuple[PortalCitizen, Dossier] | Response:
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    dossier = DossierRecords(ctx.store).by_code(ma_ho_so)
    if dossier is None or dossier.owner_id != citizen.so_dinh_danh:
        return not_found(request, "hồ sơ")
    return citizen, dossier
