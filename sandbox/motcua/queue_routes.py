"""One page per menu entry: the entry's dossier queue, or its placeholder while the entry has none yet;
403 outside the officer's roles, 404 for an address the menu does not have. The fee lists ("Thu phí/lệ phí")
add the payment's amount, state and receipt number to each row. "Theo dõi tất cả hồ sơ" has a search box
(`tu_khoa`) that finds a dossier by its Mã hồ sơ or its Mã hồ sơ khác (the old portal's code of a migrated
dossier), whose results show that column too."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sandbox.context import Ctx
from sandbox.dossiers.records import Dossier
from sandbox.formats import shown, vnd
from sandbox.motcua.formatting import dossier_address
from sandbox.motcua.menu import find_entry
from sandbox.motcua.queues import QUEUES, queue_dossiers
from sandbox.motcua.rendering import forbidden, login_first, not_found, page
from sandbox.motcua.sessions import current_officer
from sandbox.thanhtoan.payments import PaymentRequests
from sandbox.thongke.pages import report_entry

router = APIRouter(prefix="/motcua", include_in_schema=False)
FEE_GROUP = "thu-phi-le-phi"
SEARCHABLE = ("theo-doi-ho-so", "theo-doi-tat-ca")


def matches(dossier: Dossier, wanted: str) -> bool:
    """The search of "Theo dõi tất cả hồ sơ": part of the Mã hồ sơ or of the Mã hồ sơ khác, whatever the case."""
    wanted = wanted.strip().casefold()
    return any(wanted in (code or "").casefold() for code in (dossier.ma_ho_so, dossier.ma_ho_so_khac))


@router.get("/{group_slug}/{item_slug}")
def menu_entry(group_slug: str, item_slug: str, request: Request, ctx: Ctx, tu_khoa: str = "") -> Response:
    officer = current_officer(ctx, request)
    if officer is None:
        return login_first(request)
    entry = find_entry(group_slug, item_slug)
    if entry is None:
        return not_found(ctx, request, officer, "Không có chức năng này trong hệ thống Một cửa điện tử.")
    group, label = entry
    if not group.roles & officer.roles:
        return forbidden(ctx, request, officer)
    if group_slug == "thong-ke-bao-cao" and (report := report_entry(ctx, request, officer, group, label, item_slug)):
        return report
    selects = QUEUES.get((group_slug, item_slug))
    if selects is None:
        return page(ctx, request, officer, "menu_entry.html", group=group, label=label, current=request.url.path)
    searchable = (group_slug, item_slug) == SEARCHABLE
    searched = tu_khoa.strip() if searchable else ""
    rows = [{"ma_ho_so": d.ma_ho_so, "href": dossier_address(d.ma_ho_so), "ten_tthc": d.ten_tthc,
             "chu_ho_so": d.chu_ho_so, "ngay_nop": shown(d.ngay_nop), "ngay_hen_tra": shown(d.ngay_hen_tra),
             "trang_thai": d.trang_thai.ten, "ma_ho_so_khac": d.ma_ho_so_khac or ""}
            for d in queue_dossiers(ctx, officer, selects) if not searched or matches(d, searched)]
    fees = group_slug == FEE_GROUP
    if fees:
        payments = PaymentRequests(ctx.store).latest_by_dossier()
        for row in rows:
            payment = payments[row["ma_ho_so"]]
            row |= {"so_tien": f"{vnd(payment.so_tien)} đồng", "trang_thai_thanh_toan": payment.trang_thai.value,
                    "so_bien_lai": payment.so_bien_lai or ""}
    return page(ctx, request, officer, "queue.html", group=group, label=label, current=request.url.path, rows=rows,
                fees=fees, searchable=searchable, searched=searched)
