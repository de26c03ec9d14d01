"""The "Dịch vụ công trực tuyến" list: public procedures by audience, tabs "Công Dân" | "Doanh nghiệp".

The audience is read from the row's `formalityTargetType`: people (Công dân…, Người…) or businesses
(Doanh nghiệp…, Hợp tác xã). "Thủ tục hành chính của Đảng" (a home-page button) lists those for Party
organisations and members on the same page, without tabs.
"""

from dataclasses import dataclass

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from sandbox.catalog.loader import Procedure
from sandbox.catalog.publication import published_procedures
from sandbox.catalog.search import search
from sandbox.context import Ctx
from sandbox.portal import rendering
from sandbox.portal.paging import Paging

router = APIRouter()


@dataclass(frozen=True)
class Audience:
    slug: str
    label: str
    target_prefixes: tuple[str, ...]

    def includes(self, procedure: Procedure) -> bool:
        return any(target.startswith(self.target_prefixes) for target in procedure.row.get("formalityTargetType") or [])


TABS = (
    Audience("cong-dan", "Công Dân", ("Công dân", "Người")),
    Audience("doanh-nghiep", "Doanh nghiệp", ("Doanh nghiệp", "Hợp tác xã")),
)
PARTY = Audience("to-chuc-dang", "Thủ tục hành chính của Đảng", ("Tổ chức Đảng", "Đảng viên"))


@router.get("/dvc-dich-vu-cong-truc-tuyen", response_class=HTMLResponse)
def online_services(request: Request, ctx: Ctx, doi_tuong: str = "cong-dan", q: str = "", page: str | None = None,
                    limit: str | None = None) -> HTMLResponse:
    audience = next((a for a in (*TABS, PARTY) if a.slug == doi_tuong), TABS[0])
    keyword = " ".join(q.split())
    published = published_procedures(ctx)
    candidates = search(published, keyword) if keyword else published
    found = [procedure for procedure in candidates if audience.includes(procedure)]
    paging = Paging.read(page, limit, len(found), default_limit=20)
    return rendering.page(request, "online_services.html", {
        "tabs": TABS, "audience": audience, "q": keyword, "results": paging.window(found), "paging": paging,
        "query": {"doi_tuong": audience.slug, "q": keyword},
    })
