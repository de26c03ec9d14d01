"""The page "Kê khai thông tin": the procedure and agency, the owner block from VNeID, the e-form's groups of
fields, the thành phần hồ sơ with the files already uploaded, and the messages of a refused attempt."""

from dataclasses import dataclass, field

from fastapi.responses import HTMLResponse
from starlette.requests import Request

from sandbox.eforms.admin_units import AdminUnits
from sandbox.eforms.components import Component
from sandbox.eforms.drafts import DraftFile
from sandbox.eforms.fields import Field, Kind
from sandbox.portal.return_paths import here
from sandbox.portal.submission_target import Target
from sandbox.templating import templates

CHECK_THE_FORM = "Hồ sơ chưa nộp được: vui lòng kiểm tra lại các mục có thông báo lỗi bên dưới."


@dataclass(frozen=True)
class FieldView:
    field: Field
    value: str
    error: str
    options: list[dict]
    disabled: bool = False


@dataclass(frozen=True)
class ComponentView:
    number: int
    component: Component
    files: list[DraftFile]
    errors: list[str] = field(default_factory=list)


def _options(item: Field, values: dict[str, str], units: AdminUnits) -> list[dict]:
    if item.kind is Kind.CHOICE:
        return [{"value": option, "label": option} for option in item.options]
    if item.kind is Kind.PROVINCE:
        return [{"value": unit.code, "label": unit.name} for unit in units.provinces]
    if item.kind is Kind.WARD:
        return [{"value": unit.code, "label": unit.name} for unit in units.wards(values.get(item.province_field, ""))]
    return []


def field_views(target: Target, values: dict[str, str], errors: dict[str, str],
                units: AdminUnits) -> list[tuple[str, list[FieldView]]]:
    return [
        (group.title, [
            FieldView(item, values.get(item.name, item.default), errors.get(item.name, ""),
                      _options(item, values, units),
                      disabled=item.kind is Kind.WARD and not units.wards(values.get(item.province_field, "")))
            for item in group.fields
        ])
        for group in target.form.groups
    ]


def component_views(target: Target, files: list[DraftFile], errors: dict[str, list[str]]) -> list[ComponentView]:
    return [ComponentView(number, component, [f for f in files if f.component_code == component.code],
                          errors.get(component.code, []))
            for number, component in enumerate(target.components, start=1)]


def render_form(request: Request, target: Target, units: AdminUnits, values: dict[str, str], files: list[DraftFile],
                errors: dict[str, str] | None = None, file_errors: dict[str, list[str]] | None = None,
                status_code: int = 200) -> HTMLResponse:
    errors, file_errors = errors or {}, file_errors or {}
    return templates.TemplateResponse(request, "portal/declaration.html", {
        "procedure": target.procedure, "unit": target.unit, "form": target.form,
        "groups": field_views(target, values, errors, units),
        "components": component_views(target, files, file_errors),
        "summary": CHECK_THE_FORM if errors or file_errors else "",
        "action": here(request),
    }, status_code=status_code)
