"""The administration area of the back office ("Quản trị", "Quản trị Cổng DVC"): officer accounts, roles and unit
scopes; procedures published and configured per unit; the import of the old portal's dossiers ("Convert").
Each part has its own router; this package's `router` gathers them for sandbox/motcua/routes.py."""

from fastapi import APIRouter

from sandbox.motcua.admin import accounts_routes, guard, migration_routes, procedures_routes

__all__ = ["guard", "router"]

router = APIRouter()
for part in (accounts_routes, procedures_routes, migration_routes):
    router.include_router(part.router)
