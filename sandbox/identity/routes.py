"""Setup API for accounts: `POST /_setup/citizens` and `POST /_setup/officers` (docs/sandbox-setup-api.md).

Answers: 201 with the account (never its password), 409 when the id is taken, 422 with a Vietnamese
`detail` when the payload breaks a rule.
"""

from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Body, HTTPException
from pydantic import BaseModel, ValidationError

from sandbox.context import Ctx
from sandbox.identity import accounts, lockout, sessions
from sandbox.identity.accounts import AlreadyExists, Citizen, Officer
from sandbox.identity.validation import citizen_problems, nfc, officer_problems
from sandbox.units.routes import find_unit

DDL = accounts.DDL + lockout.DDL + sessions.DDL

router = APIRouter(prefix="/_setup", tags=["setup"])
Model = TypeVar("Model", bound=BaseModel)


class CitizenIn(BaseModel):
    so_dinh_danh: str
    ho_va_ten: str
    ngay_sinh: date
    gioi_tinh: str
    so_dien_thoai: str
    email: str = ""
    thuong_tru: str
    noi_o_hien_nay: str
    level: int
    password: str


class OfficerIn(BaseModel):
    username: str
    password: str
    ho_va_ten: str
    unit_code: str
    roles: list[str]


def _parse(model: type[Model], body: dict[str, Any]) -> Model:
    try:
        return model.model_validate(body)
    except ValidationError as error:
        fields = sorted({str(problem["loc"][0]) for problem in error.errors() if problem["loc"]})
        raise HTTPException(422, f"Thiếu hoặc sai kiểu các trường: {', '.join(fields)}.") from None


def _refuse(problems: list[str]) -> None:
    if problems:
        raise HTTPException(422, " ".join(problems))


@router.post("/citizens", status_code=201)
def create_citizen(body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    data = _parse(CitizenIn, body)
    citizen = Citizen(
        so_dinh_danh=data.so_dinh_danh.strip(), ho_va_ten=nfc(data.ho_va_ten), ngay_sinh=data.ngay_sinh,
        gioi_tinh=nfc(data.gioi_tinh), so_dien_thoai=data.so_dien_thoai.strip(), email=data.email.strip(),
        thuong_tru=nfc(data.thuong_tru), noi_o_hien_nay=nfc(data.noi_o_hien_nay), level=data.level,
    )
    _refuse(citizen_problems(citizen.so_dinh_danh, citizen.ho_va_ten, citizen.ngay_sinh, citizen.gioi_tinh,
                             citizen.so_dien_thoai, citizen.email, citizen.level, data.password,
                             ctx.clock.now().date()))
    try:
        accounts.add_citizen(ctx, citizen, data.password)
    except AlreadyExists:
        raise HTTPException(409, f"Đã có công dân với số định danh {citizen.so_dinh_danh}.") from None
    return {"so_dinh_danh": citizen.so_dinh_danh, "ho_va_ten": citizen.ho_va_ten, "level": citizen.level}


@router.post("/officers", status_code=201)
def create_officer(body: Annotated[dict[str, Any], Body()], ctx: Ctx) -> dict:
    data = _parse(OfficerIn, body)
    officer = Officer(data.username.strip(), nfc(data.ho_va_ten), data.unit_code.strip(), frozenset(data.roles))
    problems = officer_problems(officer.username, officer.ho_va_ten, data.roles, data.password)
    if find_unit(ctx, officer.unit_code) is None:
        problems.append(f"Không có đơn vị mã {officer.unit_code}: xem GET /_setup/units.")
    _refuse(problems)
    try:
        accounts.add_officer(ctx, officer, data.password)
    except AlreadyExists:
        raise HTTPException(409, f"Đã có cán bộ với tên đăng nhập {officer.username}.") from None
    return {"username": officer.username, "ho_va_ten": officer.ho_va_ten, "unit_code": officer.unit_code,
            "roles": sorted(officer.roles)}
