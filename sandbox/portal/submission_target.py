"""Who may submit what where: the checks in front of "Kê khai thông tin", on GET and on POST alike.

Not logged in: to VNeID and back. Level 1: refused with 403 (DOMAIN §1.5, §6.2). Unknown or internal
procedure: 404. No agency, or an agency where the procedure is not configured for online submission
("Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến", DOMAIN §1.2): 422. The
procedure is named by its catalogue id (UUID) or its code.
"""

from dataclasses import dataclass

from fastapi.responses import HTMLResponse, Response
from starlette.requests import Request

from sandbox.catalog.configuration import configured_units
from sandbox.catalog.loader import Procedure
from sandbox.catalog.publication import is_published
from sandbox.context import SandboxContext
from sandbox.dossiers.processing_time import NoProcessingTime, ProcessingTime, processing_time
from sandbox.eforms.components import Component, components
from sandbox.eforms.fields import FormDefinition
from sandbox.eforms.forms import form_for
from sandbox.portal.account_routes import login_first
from sandbox.portal.auth import PortalCitizen, current_citizen
from sandbox.templating import templates
from sandbox.units.routes import find_unit
from sandbox.units.seed import Unit

LEVEL_2_REQUIRED = "Bạn cần tài khoản định danh điện tử mức độ 2 để nộp hồ sơ trực tuyến."
UNKNOWN_PROCEDURE = "Không tìm thấy thủ tục hành chính này trên Cổng Dịch vụ công quốc gia."
NO_AGENCY = "Vui lòng chọn cơ quan thực hiện trên trang thủ tục hành chính trước khi nộp hồ sơ."
NOT_CONFIGURED = ("{unit} chưa áp dụng dịch vụ công trực tuyến cho thủ tục này. Hệ thống chỉ hiển thị những cơ quan "
                  "đã áp dụng dịch vụ công trực tuyến: vui lòng chọn lại cơ quan thực hiện trên trang thủ tục.")


@dataclass(frozen=True)
class Target:
    """A level-2 citizen, a public procedure, and an agency where it is configured."""

    citizen: PortalCitizen
    procedure: Procedure
    unit: Unit
    form: FormDefinition
    components: list[Component]
    processing: ProcessingTime


def refusal(request: Request, message: str, status: int, heading: str = "Nộp hồ sơ trực tuyến") -> HTMLResponse:
    return templates.TemplateResponse(request, "portal/notice.html", {"heading": heading, "message": message},
                                      status_code=status)


def resolve(request: Request, ctx: SandboxContext, procedure_id: str, unit_code: str) -> Target | Response:
    """The target of a submission, or the response that refuses it."""
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    if citizen.level < 2:
        return refusal(request, LEVEL_2_REQUIRED, 403)
    procedure = ctx.catalog.by_id(procedure_id) or ctx.catalog.by_code(procedure_id)
    if procedure is None or not is_published(ctx.store, procedure):
        return refusal(request, UNKNOWN_PROCEDURE, 404)
    unit = find_unit(ctx, unit_code) if unit_code else None
    if unit is None:
        return refusal(request, NO_AGENCY, 422)
    if unit.code not in {configured.code for configured in configured_units(ctx.store, procedure.code)}:
        return refusal(request, NOT_CONFIGURED.format(unit=unit.name), 422)
    record = ctx.catalog.detail(procedure)
    try:
        time_needed = processing_time(dict(record or {}))
    except NoProcessingTime as error:
        return refusal(request, str(error), 422)
    form = form_for(procedure.code)
    return Target(citizen, procedure, unit, form, components(record, form), time_needed)
