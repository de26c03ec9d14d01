"""Statistics: the provincial "Tiến độ giải quyết" report and the QĐ 766 indicators (DOMAIN §4.3).

The report's pages are entries of the one-stop back office (sandbox/motcua/queue_routes.py hands the
"thong-ke-bao-cao" group to `pages.report_entry`); its files are served here under the same addresses, so the
officer's session goes with them. The evaluation API answers as the national reporting API does, under
/thongke (a public read, as the portal's index pages are)."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from sandbox.context import Ctx
from sandbox.motcua.rendering import login_first
from sandbox.motcua.sessions import current_officer
from sandbox.thongke.export import as_csv, as_xlsx, file_name
from sandbox.thongke.indicators import GROUPS, group_totals
from sandbox.thongke.pages import report_for
from sandbox.thongke.period import BadPeriod, period_of
from sandbox.thongke.report import unit_report
from sandbox.units.routes import find_unit

router = APIRouter()
REPORT = "/motcua/thong-ke-bao-cao/tien-do-giai-quyet"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export(ctx, request: Request, extension: str) -> Response:
    officer = current_officer(ctx, request)
    if officer is None:
        return login_first(request)
    if "THONG_KE" not in officer.roles:
        return Response("Bạn không có quyền truy cập chức năng này.", status_code=403)
    try:
        report = report_for(ctx, request, officer)
    except BadPeriod as error:
        return Response(str(error), status_code=422)
    if isinstance(report, Response):
        return report
    row = report.row
    if extension == "xlsx":
        body, media = as_xlsx(row, report.period), XLSX
    else:
        body, media = as_csv(row), "text/csv; charset=utf-8"
    name = file_name(row.unit_code, row.unit_name, report.period, extension)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get(f"{REPORT}/xuat-xlsx", include_in_schema=False)
def export_xlsx(request: Request, ctx: Ctx) -> Response:
    return _export(ctx, request, "xlsx")


@router.get(f"{REPORT}/xuat-csv", include_in_schema=False)
def export_csv(request: Request, ctx: Ctx) -> Response:
    return _export(ctx, request, "csv")


class EvaluationQuery(BaseModel):
    timeType: str = "month"  # year | quarter | month
    fromDate: str | None = None  # dd/MM/yyyy
    toDate: str | None = None
    rootDepartmentId: str  # the unit's mã định danh in the sandbox


@router.post("/thongke/api/v1/reporting/evaluation/{kind}")
def evaluation(kind: str, query: EvaluationQuery, ctx: Ctx) -> JSONResponse:
    unit = find_unit(ctx, query.rootDepartmentId)
    if unit is None:
        return JSONResponse({"error": "Không tìm thấy đơn vị."}, status_code=404)
    try:
        period = period_of(query.fromDate, query.toDate, ctx.clock.now().date())
    except BadPeriod as error:
        return JSONResponse({"error": str(error)}, status_code=422)
    report = unit_report(ctx, unit.code, unit.name, period)
    totals = group_totals(report.scores)
    return JSONResponse({"kind": kind, "timeType": query.timeType, "data": [{
        "departmentId": unit.code, "departmentName": unit.name, "counts": report.row.counts,
        "groups": [{"key": key, "name": name, "points": points, "score": float(totals[key]),
                    "indicators": [{"code": s.code, "points": s.points, "numerator": s.numerator,
                                    "denominator": s.denominator,
                                    "score": None if s.value is None else float(s.value)}
                                   for s in report.scores if s.group == key]}
                   for key, name, points in GROUPS],
        "children": []}]})
