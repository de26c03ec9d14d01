"""`GET /don-vi-hanh-chinh/{tỉnh}/phuong-xa`: the phường/xã/đặc khu of a province, for the e-form's address
comboboxes (loaded after the province is chosen, as the agency panel loads its agencies)."""

from fastapi import APIRouter, HTTPException

from sandbox.context import Ctx
from sandbox.eforms.admin_units import admin_units

router = APIRouter(include_in_schema=False)


@router.get("/don-vi-hanh-chinh/{province_code}/phuong-xa")
def wards(province_code: str, ctx: Ctx) -> dict:
    units = admin_units(ctx.settings.data_dir)
    if units.province(province_code) is None:
        raise HTTPException(404, "Không có tỉnh, thành phố này trong danh sách từ ngày 01/7/2025.")
    return {"items": [{"value": ward.code, "label": ward.name} for ward in units.wards(province_code)]}
