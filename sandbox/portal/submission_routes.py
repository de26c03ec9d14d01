"""`GET /nop-ho-so/{procedure}?co_quan=<unit code>`: where "Nộp hồ sơ" leads, guarded by the account level.

Not logged in: to VNeID and back. Level 1: refused with 403 (DOMAIN §1.5, §6.2). Level 2: the page
"Kê khai thông tin" with the owner block "Thông tin định danh" filled from the VNeID claims. The
procedure is named by its catalogue id (UUID) or its code.
"""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from sandbox.catalog.loader import load_catalog
from sandbox.context import Ctx
from sandbox.portal.account_routes import login_first
from sandbox.portal.auth import current_citizen
from sandbox.templating import templates
from sandbox.units.routes import find_unit

router = APIRouter(include_in_schema=False)

LEVEL_2_REQUIRED = "Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."
UNKNOWN_PROCEDURE = "Không tìm thấy thủ tục hành chính này trên Cổng Dịch vụ công quốc gia."
NO_AGENCY = "Vui lòng chọn cơ quan thực hiện trên trang thủ tục hành chính trước khi nộp hồ sơ."


def _refusal(request: Request, message: str, status: int) -> HTMLResponse:
    return templates.TemplateResponse(request, "portal/notice.html",
                                      {"heading": "Nộp hồ sơ trực tuyến", "message": message}, status_code=status)


@router.get("/nop-ho-so/{procedure_id}")
def declaration(procedure_id: str, request: Request, ctx: Ctx, co_quan: str = "") -> Response:
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    if citizen.level < 2:
        return _refusal(request, LEVEL_2_REQUIRED, 403)
    catalog = load_catalog(ctx.settings.data_dir)
    procedure = catalog.by_id(procedure_id) or catalog.by_code(procedure_id)
    if procedure is None or not procedure.is_public:
        return _refusal(request, UNKNOWN_PROCEDURE, 404)
    unit = find_unit(ctx, co_quan) if co_quan else None
    if unit is None:
        return _refusal(request, NO_AGENCY, 422)
    return templates.TemplateResponse(request, "portal/declaration.html", {"procedure": procedure, "unit": unit})
