"""The "Thống kê báo cáo" entries of the one-stop back office, for a THONG_KE officer and their own unit only:
"Tiến độ giải quyết" (the report, with its CSV and XLSX) and "Theo dõi chỉ tiêu DVC trực tuyến" (QĐ 766)."""

from fastapi import Request
from fastapi.responses import Response

from sandbox.context import SandboxContext
from sandbox.identity.accounts import Officer
from sandbox.identity.roles import ROLES
from sandbox.motcua.menu import MenuGroup, menu_for
from sandbox.motcua.rendering import forbidden
from sandbox.templating import templates
from sandbox.thongke.indicators import GROUPS, group_totals
from sandbox.thongke.period import BadPeriod, period_of
from sandbox.thongke.progress import COLUMNS
from sandbox.thongke.report import UnitReport, unit_report
from sandbox.units.routes import find_unit

OTHER_UNIT = "Bạn chỉ được xem số liệu thống kê của đơn vị mình."
TEMPLATES = {"tien-do-giai-quyet": "thongke/progress.html", "chi-tieu-dvc-truc-tuyen": "thongke/indicators.html"}


def page(ctx: SandboxContext, request: Request, officer: Officer, name: str, status: int = 200,
         **context: object) -> Response:
    """As the back office renders its pages (sandbox/motcua/rendering.py), from the statistics' templates."""
    unit = find_unit(ctx, officer.unit_code)
    return templates.TemplateResponse(
        request, name,
        {"officer": officer, "unit_name": unit.name if unit else officer.unit_code,
         "role_names": [ROLES[role] for role in sorted(officer.roles) if role in ROLES],
         "menu": menu_for(officer.roles), **context},
        status_code=status,
    )


def report_for(ctx: SandboxContext, request: Request, officer: Officer) -> UnitReport | Response:
    """The officer's unit's report for the period asked, or the page that refuses it."""
    asked = request.query_params.get("don_vi")
    if asked and asked != officer.unit_code:
        return forbidden(ctx, request, officer, OTHER_UNIT)
    unit = find_unit(ctx, officer.unit_code)
    period = period_of(request.query_params.get("tu_ngay"), request.query_params.get("den_ngay"),
                       ctx.clock.now().date())
    return unit_report(ctx, officer.unit_code, unit.name if unit else officer.unit_code, period)


def score_text(value) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def report_entry(ctx: SandboxContext, request: Request, officer: Officer, group: MenuGroup, label: str,
                 item_slug: str) -> Response | None:
    """The entry's page, or None for an entry the statistics do not have yet (its placeholder stays)."""
    template = TEMPLATES.get(item_slug)
    if template is None:
        return None
    try:
        report = report_for(ctx, request, officer)
    except BadPeriod as error:
        return page(ctx, request, officer, template, status=422, group=group, label=label,
                    current=request.url.path, error=str(error), report=None, query=dict(request.query_params))
    if isinstance(report, Response):
        return report
    first, last = report.period.shown
    return page(ctx, request, officer, template, group=group, label=label, current=request.url.path,
                report=report, first=first, last=last, columns=COLUMNS, groups=GROUPS,
                totals={key: score_text(v) for key, v in group_totals(report.scores).items()},
                score_text=score_text, error=None, export_query=f"tu_ngay={first}&den_ngay={last}")
