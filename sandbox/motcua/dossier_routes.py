"""The officer's page of one dossier, its files, and the actions, each a POST that DossierService checks.

Answers to an action: 303 to the slip it issued (Mẫu 01, 02, 03, 05) or back to the dossier with a notice;
403 for a dossier outside the officer's reach or an action outside their roles; 409 when the status does
not allow it; 422 with the message at the reason field (what was typed is kept); 502 when the signing
tool fails. A refused action changes nothing.
"""

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.service import ActionDetails, Actor, DossierService, MissingDetail, NotYours
from sandbox.dossiers.signing import SigningFailed
from sandbox.dossiers.state_machine import Action, RoleRefused, TransitionRefused, find_transition
from sandbox.identity.accounts import Officer
from sandbox.motcua.access import named_dossier, viewable_dossier
from sandbox.motcua.actions import BY_SLUG, OfficerAction
from sandbox.motcua.dossier_view import dossier_view
from sandbox.motcua.fee_collection import REFUND, fee_section
from sandbox.motcua.formatting import dossier_address
from sandbox.motcua.rendering import forbidden, not_found, page
from sandbox.motcua.result_signing import sign_for
from sandbox.motcua.scope import acting_role, actor_for

router = APIRouter(prefix="/motcua", include_in_schema=False)


def dossier_page(ctx: SandboxContext, request: Request, officer: Officer, dossier: Dossier, status: int = 200,
                 **context: object) -> Response:
    view = dossier_view(DossierRecords(ctx.store), dossier, officer, ctx.settings.data_dir)
    return page(ctx, request, officer, "dossier.html", status=status, dossier=view,
                fees=fee_section(ctx, officer, dossier), **context)


@router.get("/ho-so/{ma_ho_so}")
def show(ma_ho_so: str, request: Request, ctx: Ctx,
         done: Annotated[str, Query(alias="thong-bao")] = "") -> Response:
    found = viewable_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    spec = REFUND if done == REFUND.slug else BY_SLUG.get(done)
    return dossier_page(ctx, request, officer, dossier, notice=spec.done if spec else "")


@router.get("/ho-so/{ma_ho_so}/tep/{file_id}")
def download(ma_ho_so: str, file_id: int, request: Request, ctx: Ctx) -> Response:
    found = viewable_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    stored = DossierRecords(ctx.store).file_content(dossier.id, file_id)
    if stored is None:
        return not_found(ctx, request, officer, "Không có tệp này trong hồ sơ.")
    file, content = stored
    return Response(content, media_type=file.content_type,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(file.file_name)}"})


def _details(ctx: SandboxContext, dossier: Dossier, spec: OfficerAction, actor: Actor, note: str) -> ActionDetails:
    if spec.action is Action.APPROVE_AND_SIGN:
        return ActionDetails(result=sign_for(ctx, dossier, actor))
    return ActionDetails(note=note)


@router.post("/ho-so/{ma_ho_so}/{slug}")
def act(ma_ho_so: str, slug: str, request: Request, ctx: Ctx, ghi_chu: Annotated[str, Form()] = "") -> Response:
    found = named_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    spec = BY_SLUG.get(slug)
    if spec is None:
        return not_found(ctx, request, officer, "Không có thao tác này trong hệ thống Một cửa điện tử.")
    role = acting_role(officer, dossier.trang_thai, spec.action)
    if role is None:
        return forbidden(ctx, request, officer)
    actor = actor_for(ctx, officer, role)
    try:
        DossierService(ctx).act(dossier.id, spec.action, actor, _details(ctx, dossier, spec, actor, ghi_chu))
    except (NotYours, RoleRefused) as refusal:
        return forbidden(ctx, request, officer, str(refusal))
    except TransitionRefused as refusal:
        return dossier_page(ctx, request, officer, dossier, 409, error=str(refusal))
    except MissingDetail as missing:
        if spec.reason is None:
            return dossier_page(ctx, request, officer, dossier, 422, error=str(missing))
        return dossier_page(ctx, request, officer, dossier, 422,
                            dialog={"slug": spec.slug, "error": str(missing), "typed": ghi_chu})
    except SigningFailed as failure:
        return dossier_page(ctx, request, officer, dossier, 502, error=str(failure))
    slip = find_transition(dossier.trang_thai, spec.action, role).slip
    if slip:
        return RedirectResponse(f"{dossier_address(ma_ho_so)}/phieu/{slip.value}?thong-bao={slug}", status_code=303)
    return RedirectResponse(f"{dossier_address(ma_ho_so)}?thong-bao={slug}", status_code=303)
