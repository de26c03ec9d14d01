"""Documents of a dossier in the back office: the slips issued (`/phieu/{mau}`, the latest one of that Mẫu
unless `?lan=N` names an earlier one) and the signed result (`/ket-qua`), the same content the citizen gets."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from sandbox.context import Ctx
from sandbox.dossiers.records import DossierRecords
from sandbox.motcua.access import viewable_dossier
from sandbox.motcua.actions import BY_SLUG
from sandbox.motcua.dossier_view import result_of, signature_line
from sandbox.motcua.formatting import dossier_address
from sandbox.motcua.rendering import not_found, page
from sandbox.motcua.slip_view import result_rows, slip_rows, slip_title

router = APIRouter(prefix="/motcua", include_in_schema=False)


@router.get("/ho-so/{ma_ho_so}/phieu/{mau}")
def slip(ma_ho_so: str, mau: str, request: Request, ctx: Ctx, lan: int = 0,
         done: Annotated[str, Query(alias="thong-bao")] = "") -> Response:
    found = viewable_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    issued = [one for one in DossierRecords(ctx.store).slips(dossier.id) if one.mau == mau]
    if not issued or not 0 <= lan <= len(issued):
        return not_found(ctx, request, officer, f"Hồ sơ {ma_ho_so} chưa được cấp phiếu Mẫu số {mau}.")
    chosen = issued[lan - 1] if lan else issued[-1]
    spec = BY_SLUG.get(done)
    return page(ctx, request, officer, "slip.html", title=slip_title(chosen), rows=slip_rows(chosen),
                dossier_address=dossier_address(ma_ho_so), notice=spec.done if spec else "")


@router.get("/ho-so/{ma_ho_so}/ket-qua")
def result_document(ma_ho_so: str, request: Request, ctx: Ctx) -> Response:
    found = viewable_dossier(ctx, request, ma_ho_so)
    if isinstance(found, Response):
        return found
    officer, dossier = found
    result = result_of(dossier)
    if result is None:
        return not_found(ctx, request, officer, f"Hồ sơ {ma_ho_so} không có kết quả giải quyết đã ký số.")
    document, signature = result_rows(dossier, result)
    return page(ctx, request, officer, "result_document.html", title=result.get("ten_giay_to", ""),
                document=document, signature=signature, signature_line=signature_line(result),
                dossier_address=dossier_address(ma_ho_so))
