"""Setup API for the accounts audit's example (docs/sandbox-setup-api.md): `PUT /_setup/officers/{username}` puts an
officer account exactly as described — created when missing, else its password, name, unit and roles replaced and
its procedure assignment lifted — so that preparing the example twice in one sandbox leaves the same state."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException
from pydantic import BaseModel, ValidationError

from sandbox.context import Ctx
from sandbox.identity.accounts import Officer, add_officer, find_officer
from sandbox.identity.passwords import hash_password
from sandbox.identity.validation import nfc, officer_problems
from sandbox.motcua.assignments import assign
from sandbox.units.routes import find_unit

router = APIRouter(prefix="/_setup", tags=["setup"])


class OfficerPut(BaseModel):
    password: str
    ho_va_ten: str
    unit_code: str
    roles: list[str]


@router.put("/officers/{username}")
def put_officer(username: str, body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    try:
        data = OfficerPut.model_validate(body)
    except ValidationError as error:
        fields = sorted({str(problem["loc"][0]) for problem in error.errors() if problem["loc"]})
        raise HTTPException(422, f"Thiếu hoặc sai kiểu các trường: {', '.join(fields)}.") from None
    officer = Officer(username.strip(), nfc(data.ho_va_ten), data.unit_code.strip(), frozenset(data.roles))
    problems = officer_problems(officer.username, officer.ho_va_ten, data.roles, data.password)
    if find_unit(ctx, officer.unit_code) is None:
        problems.append(f"Không có đơn vị mã {officer.unit_code}: xem GET /_setup/units.")
    if problems:
        raise HTTPException(422, " ".join(problems))
    if find_officer(ctx, officer.username) is None:
        add_officer(ctx, officer, data.password)
    else:
        with ctx.store.transaction() as db:
            db.execute("UPDATE officers SET ho_va_ten = ?, unit_code = ?, password_hash = ? WHERE username = ?",
                       (officer.ho_va_ten, officer.unit_code, hash_password(data.password), officer.username))
            db.execute("DELETE FROM officer_roles WHERE username = ?", (officer.username,))
            db.executemany("INSERT INTO officer_roles VALUES (?, ?)",
                           [(officer.username, role) for role in sorted(officer.roles)])
        assign(ctx.store, officer.username, [])
    return {"username": officer.username, "ho_va_ten": officer.ho_va_ten, "unit_code": officer.unit_code,
            "roles": sorted(officer.roles)}
