"""Routes of the portal subsystem: its public pages. Login and SSO live in `login_routes.py`."""

from fastapi import APIRouter

from sandbox.portal import procedure_pages, search_pages, services_page

router = APIRouter()
router.include_router(search_pages.router)
router.include_router(services_page.router)
router.include_router(procedure_pages.router)
