"""The portal's public catalogue API (DOMAIN §1.4): POST with a JSON body, answers in `{code, message, data}`.

List rows are the catalogue rows exactly as the real API gave them; paging is by cursor: `lastId` is the id
of the last row already received, and an empty `items` means the end. `total` is the sandbox's own addition
(the result page shows the count; how the real SPA obtains it was not captured). Of the list filters, `q`,
`categoryId` and `formalityType` (the row `type`) apply; `departmentCode`, `type`, `level` and
`serviceGroupId` are accepted and ignored, since the public rows do not carry those fields.
"""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from sandbox.catalog.publication import as_published, is_published, published_procedures
from sandbox.catalog.search import search
from sandbox.context import Ctx

router = APIRouter(prefix="/api/v1", tags=["portal-api"])
MAX_LIMIT = 200


class ListQuery(BaseModel):
    """The portal's own field names, camelCase included."""

    model_config = ConfigDict(extra="allow")

    limit: int = 10
    lastId: str = ""
    q: str = ""
    categoryId: str = ""
    formalityType: str = ""


class FormalityQuery(BaseModel):
    id: str


def ok(data: Any) -> dict:
    return {"code": "OK", "message": "OK", "data": data}


def refusal(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, "data": None}, status_code=status)


@router.post("/submitting/formality/list-all-public-formality-by-citizen")
def list_public_formalities(query: ListQuery, ctx: Ctx) -> Any:
    published = published_procedures(ctx)
    found = search(published, query.q) if query.q.strip() else published
    if query.categoryId:
        found = [p for p in found if query.categoryId in (p.row.get("categoryIds") or [])]
    if query.formalityType:
        found = [p for p in found if p.row.get("type") == query.formalityType]
    start = 0
    if query.lastId:
        ids = [p.id for p in found]
        if query.lastId not in ids:
            return refusal(400, "INVALID_LAST_ID", "lastId không thuộc danh sách kết quả của truy vấn này.")
        start = ids.index(query.lastId) + 1
    rows = found[start:start + max(1, min(query.limit, MAX_LIMIT))]
    return ok({"items": [p.row for p in rows], "lastId": rows[-1].id if rows else "", "total": len(found)})


@router.post("/configuring/formality/get-formality-by-citizen")
def get_formality(query: FormalityQuery, ctx: Ctx) -> Any:
    procedure = ctx.catalog.by_id(query.id)
    if procedure is None or not is_published(ctx.store, procedure):
        return refusal(404, "NOT_FOUND", "Không tìm thấy thủ tục hành chính.")
    record = ctx.catalog.detail(procedure)
    if record is None:
        return refusal(404, "NOT_FOUND", "Môi trường thử nghiệm không có chi tiết của thủ tục này.")
    return ok(as_published(ctx, procedure, record))


@router.post("/configuring/province-vn/list-by-citizen")
def list_provinces(ctx: Ctx) -> dict:
    return ok({"rows": list(ctx.catalog.provinces)})
