"""The citizen's views of synced dossiers: "Tra cứu hồ sơ" and "Dịch vụ công của tôi".

Both read the national portal's store only: a citizen sees what the province synced, nothing of the
province's own records, so a sync that did not happen shows here as it would on the real portal.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from sandbox.context import Ctx
from sandbox.dongbo.contract import from_contract_date
from sandbox.dongbo.national_store import NationalDossier, NationalStore
from sandbox.dossiers.statuses import Status
from sandbox.formats import shown
from sandbox.portal.account_routes import login_first
from sandbox.portal.auth import current_citizen
from sandbox.templating import templates

router = APIRouter(include_in_schema=False)

# One answer for an unknown code and for a wrong document number: the page must not confirm that a code exists.
NOT_FOUND = "Không tìm thấy hồ sơ với mã và số giấy tờ đã nhập."


def _page(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, f"lookup/{name}", context, status_code=status_code)


def _shown_date(text: str | None) -> str:
    """dd/MM/yyyy HH:mm, as the portal writes dates; empty when the province sent none."""
    return shown(from_contract_date(text)) if text else ""


def _status_name(code: str | int) -> str:
    return Status(int(code)).ten


def _dossier_view(dossier: NationalDossier) -> dict:
    record = dossier.record
    return {
        "ma_ho_so": record["MaHoSo"],
        "ten_tthc": record["TenTTHC"],
        "co_quan": record.get("DonViXuLy", ""),
        "trang_thai": _status_name(record["TrangThaiHoSo"]),
        "ngay_nop": _shown_date(record.get("NgayNopHoSo")),
        "ngay_tiep_nhan": _shown_date(record.get("NgayTiepNhan")),
        "ngay_hen_tra": _shown_date(record.get("NgayHenTra")),
        "ngay_tra": _shown_date(record.get("NgayTra")),
    }


def _progress_view(entry: dict) -> dict:
    return {
        "thoi_diem": _shown_date(entry.get("ThoiDiemXuLy")),
        "nguoi_xu_ly": entry.get("NguoiXuLy", ""),
        "chuc_danh": entry.get("ChucDanh", ""),
        "don_vi": entry.get("PhongBanXuLy", ""),
        "noi_dung": entry.get("NoiDungXuLy", ""),
        "trang_thai": _status_name(entry["TrangThai"]),
        "han_xu_ly": _shown_date(entry.get("NgayKetThucTheoQuyDinh")),
    }


@router.get("/tra-cuu-ho-so")
def lookup_form(request: Request) -> Response:
    return _page(request, "tra_cuu_ho_so.html", {"ma_ho_so": "", "so_giay_to": "", "errors": {}})


@router.post("/tra-cuu-ho-so")
def look_up(request: Request, ctx: Ctx, ma_ho_so: Annotated[str, Form()] = "",
            so_giay_to: Annotated[str, Form()] = "") -> Response:
    typed = {"ma_ho_so": ma_ho_so.strip(), "so_giay_to": so_giay_to.strip()}
    errors = {}
    if not typed["ma_ho_so"]:
        errors["ma_ho_so"] = "Vui lòng nhập mã hồ sơ."
    if not typed["so_giay_to"]:
        errors["so_giay_to"] = "Vui lòng nhập số giấy tờ của chủ hồ sơ."
    if errors:
        return _page(request, "tra_cuu_ho_so.html", {**typed, "errors": errors}, status_code=422)
    national = NationalStore(ctx.store)
    dossier = national.dossier(typed["ma_ho_so"])
    if dossier is None or dossier.record.get("SoGiayToChuHoSo") != typed["so_giay_to"]:
        return _page(request, "tra_cuu_ho_so.html", {**typed, "errors": {}, "not_found": NOT_FOUND},
                     status_code=404)
    return _page(request, "tra_cuu_ho_so.html", {
        **typed, "errors": {}, "dossier": _dossier_view(dossier),
        "progress": [_progress_view(entry) for entry in national.progress(dossier.ma_ho_so)],
    })


@router.get("/dich-vu-cong-cua-toi")
def my_dossiers(request: Request, ctx: Ctx) -> Response:
    citizen = current_citizen(request)
    if citizen is None:
        return login_first(request)
    dossiers = NationalStore(ctx.store).of_subject(citizen.so_dinh_danh)
    return _page(request, "dich_vu_cong_cua_toi.html", {"dossiers": [_dossier_view(d) for d in dossiers]})
