"""The home page and the procedure search ("Có N kết quả cho từ khóa …"), old search links included."""

from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.requests import Request

from sandbox.catalog.publication import published_procedures
from sandbox.catalog.search import search
from sandbox.context import Ctx
from sandbox.portal import life_events, rendering
from sandbox.portal.paging import Paging

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return rendering.page(request, "home.html",
                          {"citizen_events": life_events.CITIZEN, "business_events": life_events.BUSINESS})


@router.get("/tim-kiem", response_class=HTMLResponse)
@router.get("/tra-cuu-thu-tuc/danh-sach", response_class=HTMLResponse)
def search_results(request: Request, ctx: Ctx, q: str | None = None, page: str | None = None,
                   limit: str | None = None) -> HTMLResponse:
    """No `q` at all: an invitation to search; a blank `q`: a request for a keyword, at the field."""
    keyword = " ".join((q or "").split())
    found = search(published_procedures(ctx), keyword) if keyword else []
    paging = Paging.read(page, limit, len(found))
    if q is None:
        state = "prompt"
    elif not keyword:
        state = "empty"
    else:
        state = "results" if found else "none"
    return rendering.page(request, "search_results.html", {
        "q": keyword, "state": state, "results": paging.window(found), "paging": paging, "query": {"q": keyword},
    })


@router.get("/p/home/dvc-tim-kiem-thu-tuc.html")
def old_search(key: str = "") -> RedirectResponse:
    """The VPCP-era search address, still in guides and bookmarks."""
    return RedirectResponse("/tim-kiem?" + urlencode({"q": key}), status_code=301)
