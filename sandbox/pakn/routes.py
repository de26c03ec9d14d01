"""Phản ánh, kiến nghị (DOMAIN §1.9, §4.1): the citizen's pages and the officer's, under /pakn."""

from fastapi import APIRouter

from sandbox.pakn import officer_routes, public_routes
from sandbox.pakn.records import DDL

__all__ = ["DDL", "router"]

router = APIRouter()
router.include_router(officer_routes.router)
router.include_router(public_routes.router)
