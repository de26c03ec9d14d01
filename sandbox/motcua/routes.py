"""The one-stop back office (HT Một cửa điện tử): login and menus, dossier queues, the officer's dossier page
with its actions, slips and result document, and the setup API for officers' procedure assignments.

The dossier pages come before the menu entries: `/motcua/ho-so/{mã hồ sơ}` has the shape of an entry address;
"Hoàn phí" comes before the dossier actions, whose `/ho-so/{mã hồ sơ}/{thao tác}` would take its address; the
administration pages (sandbox/motcua/admin/) come before the menu entries whose addresses they share.
"""

from fastapi import APIRouter

from sandbox.context import SandboxContext
from sandbox.motcua import (
    admin,
    assignments,
    document_routes,
    dossier_routes,
    login_routes,
    queue_routes,
    refund_routes,
    setup_routes,
)

DDL = assignments.DDL


def install(ctx: SandboxContext) -> None:
    admin.guard.declare_faults(ctx.faults)


router = APIRouter()
for part in (login_routes, refund_routes, dossier_routes, document_routes, admin, queue_routes, setup_routes):
    router.include_router(part.router)
