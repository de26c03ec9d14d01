"""Setup API for the back office: which procedures an officer is assigned to (docs/sandbox-setup-api.md)."""

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from sandbox.context import Ctx
from sandbox.identity.accounts import find_officer
from sandbox.motcua.assignments import assign, assigned_procedures

router = APIRouter(prefix="/_setup", tags=["setup"])


class Assignment(BaseModel):
    procedures: list[str]


@router.put("/officers/{username}/procedures")
def assign_procedures(username: str, body: Assignment, ctx: Ctx) -> dict:
    if find_officer(ctx, username) is None:
        raise HTTPException(404, f"Không có cán bộ tên đăng nhập {username}.")
    codes = [code.strip() for code in body.procedures]
    unknown = [code for code in codes if ctx.catalog.by_code(code) is None]
    if unknown:
        raise HTTPException(422, f"Không có thủ tục mã {', '.join(unknown)} trong danh mục.")
    assign(ctx.store, username, codes)
    return {"username": username, "procedures": sorted(assigned_procedures(ctx.store, username) or [])}
