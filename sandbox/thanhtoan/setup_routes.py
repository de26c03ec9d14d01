"""Setup API of the payment platform: what the reconciliation job asked the platform about a dossier and what it
was answered (for evidence of sandbox-only scenarios; docs/sandbox-setup-api.md)."""

from fastapi import APIRouter

from sandbox.context import Ctx
from sandbox.thanhtoan.reconciliation import queries_of

router = APIRouter(prefix="/_setup/thanhtoan", tags=["setup"])


@router.get("/doi-soat/{ma_ho_so}")
def reconciliation_queries(ma_ho_so: str, ctx: Ctx) -> list[dict]:
    return queries_of(ctx, ma_ho_so)
