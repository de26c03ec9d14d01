"""The logged-in citizen's own dossier, or the answer that stands in for it: the login page for no session,
404 for a code that is unknown or someone else's (so a code's existence is not confirmed).

Routes take it as a dependency (`OwnedDossier`): the stand-in answer is raised as `NotOwnDossier` and sent by
the handler `install` registers, so no route repeats the check."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response

from sandbox.context import Ctx, SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.portal.account_routes import login_first
from sandbox.portal.auth import PortalCitizen, current_citizen
from sandbox.portal.rendering import not_found


@dataclass(frozen=True)
class OwnDossier:
    citizen: PortalCitizen
    dossier: Dossier


class NotOwnDossier(Exception):
    def __init__(self, answer: Response) -> None:
        super().__init__(answer.status_code)
        self.answer = answer


def own_dossier(request: Request, ctx: SandboxContext, ma_ho_so: str) -> tuple[PortalCitizen, Dossier] | Response:
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    dossier = DossierRecords(ctx.store).by_code(ma_ho_so)
    if dossier is None or dossier.owner_id != citizen.so_dinh_danh:
        return not_found(request, "hồ sơ")
    return citizen, dossier


def owned_dossier(ma_ho_so: str, request: Request, ctx: Ctx) -> OwnDossier:
    found = own_dossier(request, ctx, ma_ho_so)
    if isinstance(found, Response):
        raise NotOwnDossier(found)
    return OwnDossier(*found)


OwnedDossier = Annotated[OwnDossier, Depends(owned_dossier)]


def install(app: FastAPI) -> None:
    async def stand_in(request: Request, refusal: NotOwnDossier) -> Response:
        return refusal.answer

    app.add_exception_handler(NotOwnDossier, stand_in)
