"""The signed result a citizen downloads: one HTML document, ket-qua-<mã hồ sơ>.html, that shows the result
(tên giấy tờ, số) and its emulated digital signature (người ký, chứng thư, thời điểm ký, mã băm)."""

from datetime import datetime

from fastapi.responses import HTMLResponse
from starlette.requests import Request

from sandbox.dossiers.records import Dossier
from sandbox.templating import templates


def result_document(request: Request, dossier: Dossier, result: dict) -> HTMLResponse:
    signed_at = result.get("thoi_diem_ky")
    response = templates.TemplateResponse(request, "portal/result_document.html", {
        "dossier": dossier, "result": result,
        "signed_at": f"{datetime.fromisoformat(signed_at):%d/%m/%Y %H:%M:%S}" if signed_at else "",
    })
    response.headers["Content-Disposition"] = f'attachment; filename="ket-qua-{dossier.ma_ho_so}.html"'
    return response
