"""The citizen's own dossier, `/ho-so/{mã hồ sơ}`: logged in and owner only (anyone else gets 404, so a
code's existence is not confirmed).

- "Bổ sung hồ sơ" (status 5): the files the officer asked for → DossierService SUPPLEMENT, back to 4 with
  a new appointment date; when the supplement was asked before acceptance (no ngày tiếp nhận yet) it is a
  RESUBMIT, back to 1 in the desk's queue (state_machine.py).
- "Rút hồ sơ" with a reason, where the state machine lets the citizen withdraw (1, 2, 4, 5, 6).
- "Tải kết quả" (9, 10): the signed result document, ket-qua-<mã>.html.

Unlike "Tra cứu hồ sơ" (the national copy, filled by the sync), this page reads the provincial record the
citizen acts on, so an action shows at once.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sandbox.context import Ctx, SandboxContext
from sandbox.dossiers.records import Dossier, DossierRecords
from sandbox.dossiers.service import ActionDetails, Actor, DossierService, MissingDetail, NewFile, NotYours
from sandbox.dossiers.state_machine import Action, Role, TransitionRefused
from sandbox.eforms.uploads import upload_problem
from sandbox.formats import shown
from sandbox.portal.auth import PortalCitizen
from sandbox.portal.citizen_dossier_result import result_document
from sandbox.portal.citizen_dossier_view import dossier_view, signed_result
from sandbox.portal.own_dossier import OwnedDossier
from sandbox.portal.rendering import not_found, page
from sandbox.portal.submission_uploads import read_uploads
from sandbox.thanhtoan.dossier_payment import payment_view

router = APIRouter(include_in_schema=False)

SUPPLEMENT_FILES = "giay_to_bo_sung"
SUPPLEMENT_NAME = "Giấy tờ bổ sung"
WITHDRAWN = "Đã gửi yêu cầu rút hồ sơ."


def _notice(kind: str, dossier: Dossier) -> str:
    """What the page says after the citizen's action: a supplement names the new appointment date, if any."""
    if kind == "rut":
        return WITHDRAWN
    if kind != "bo-sung":
        return ""
    if dossier.ngay_hen_tra is None:
        return "Đã gửi giấy tờ bổ sung: hồ sơ được nộp lại và chờ cơ quan tiếp nhận."
    return f"Đã gửi giấy tờ bổ sung. Ngày hẹn trả mới: {shown(dossier.ngay_hen_tra)}."


def _page(request: Request, ctx: SandboxContext, dossier: Dossier, status_code: int = 200, **extra) -> HTMLResponse:
    view = dossier_view(DossierRecords(ctx.store), dossier)
    return page(request, "citizen_dossier.html", {"dossier": view, "payment": payment_view(ctx, dossier), **extra},
                status_code=status_code)


def _act(request: Request, ctx: SandboxContext, citizen: PortalCitizen, dossier: Dossier, action: Action,
         details: ActionDetails, error_key: str) -> Response:
    try:
        DossierService(ctx).act(dossier.id, action, Actor(Role.CONG_DAN, citizen.so_dinh_danh, citizen.ho_va_ten),
                                details)
    except MissingDetail as missing:
        return _page(request, ctx, dossier, 422, errors={error_key: str(missing)})
    except TransitionRefused as refused:
        return _page(request, ctx, dossier, 409, refusal=str(refused))
    except NotYours:
        return not_found(request, "hồ sơ")
    notice = "rut" if action is Action.WITHDRAW else "bo-sung"
    return RedirectResponse(f"/ho-so/{dossier.ma_ho_so}?thong_bao={notice}", status_code=303)


@router.get("/ho-so/{ma_ho_so}")
def citizen_dossier(own: OwnedDossier, request: Request, ctx: Ctx, thong_bao: str = "") -> Response:
    return _page(request, ctx, own.dossier, notice=_notice(thong_bao, own.dossier))


@router.post("/ho-so/{ma_ho_so}/bo-sung")
async def supplement(own: OwnedDossier, request: Request, ctx: Ctx) -> Response:
    citizen, dossier = own.citizen, own.dossier
    uploads = await read_uploads(await request.form(), SUPPLEMENT_FILES)
    if problems := [problem for upload in uploads if (problem := upload_problem(upload))]:
        return _page(request, ctx, dossier, 422, errors={SUPPLEMENT_FILES: " ".join(problems)})
    files = tuple(NewFile("", SUPPLEMENT_NAME, u.file_name, u.content_type, u.content) for u in uploads)
    action = Action.RESUBMIT if dossier.ngay_tiep_nhan is None else Action.SUPPLEMENT
    return _act(request, ctx, citizen, dossier, action, ActionDetails(files=files), SUPPLEMENT_FILES)


@router.post("/ho-so/{ma_ho_so}/rut")
def withdraw(own: OwnedDossier, request: Request, ctx: Ctx, ly_do: Annotated[str, Form()] = "") -> Response:
    citizen, dossier = own.citizen, own.dossier
    return _act(request, ctx, citizen, dossier, Action.WITHDRAW, ActionDetails(note=ly_do.strip()), "ly_do")


@router.get("/ho-so/{ma_ho_so}/ket-qua")
def download_result(own: OwnedDossier, request: Request, ctx: Ctx) -> Response:
    dossier = own.dossier
    result = signed_result(dossier)
    if result is None:
        return not_found(request, "kết quả của hồ sơ")
    return result_document(request, dossier, result)
