"""Setup API of the payment platform and the fees: what the reconciliation job asked the platform about a dossier
and what it was answered (for evidence of sandbox-only scenarios), and the exempt group the population data lists
a citizen in (docs/sandbox-setup-api.md)."""

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from sandbox.context import Ctx
from sandbox.identity.accounts import find_citizen
from sandbox.thanhtoan.exempt_citizens import set_exemption
from sandbox.thanhtoan.reconciliation import queries_of

router = APIRouter(prefix="/_setup", tags=["setup"])


class Exemption(BaseModel):
    doi_tuong_mien: str | None


@router.get("/thanhtoan/doi-soat/{ma_ho_so}")
def reconciliation_queries(ma_ho_so: str, ctx: Ctx) -> list[dict]:
    return queries_of(ctx, ma_ho_so)


@router.put("/citizens/{so_dinh_danh}/doi-tuong-mien")
def exempt_group(so_dinh_danh: str, body: Exemption, ctx: Ctx) -> dict:
    if find_citizen(ctx, so_dinh_danh) is None:
        raise HTTPException(404, f"Không có công dân số định danh {so_dinh_danh}: tạo bằng POST /_setup/citizens.")
    try:
        set_exemption(ctx.store, so_dinh_danh, body.doi_tuong_mien)
    except ValueError as unknown:
        raise HTTPException(422, str(unknown)) from None
    return {"so_dinh_danh": so_dinh_danh, "doi_tuong_mien": body.doi_tuong_mien}
