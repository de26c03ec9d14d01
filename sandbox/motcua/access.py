"""The officer and the dossier a back-office address names, or the page that says why not."""

from fastapi import Request
from fastapi.responses import Response

from sandbox.context import SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.identity.accounts import Officer
from sandbox.motcua.rendering import forbidden, login_first, not_found
from sandbox.motcua.scope import reach_of
from sandbox.motcua.sessions import current_officer


def named_dossier(ctx: SandboxContext, request: Request, ma_ho_so: str) -> tuple[Officer, Dossier] | Response:
    """A logged-in officer and an existing dossier, whoever's it is (actions leave the reach to DossierService)."""
    officer = current_officer(ctx, request)
    if officer is None:
        return login_first(request)
    dossier = DossierRecords(ctx.store).by_code(ma_ho_so)
    if dossier is None:
        return not_found(ctx, request, officer, f"Không có hồ sơ mã {ma_ho_so}.")
    return officer, dossier


def viewable_dossier(ctx: SandboxContext, request: Request, ma_ho_so: str) -> tuple[Officer, Dossier] | Response:
    """As `named_dossier`, and within the officer's unit and assigned procedures."""
    found = named_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    if refusal := reach_of(ctx, officer).refusal(dossier):
        return forbidden(ctx, request, officer, refusal)
    return found
