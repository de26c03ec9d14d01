"""The payment platform (thanh toán trực tuyến, DOMAIN §3.7) and the fee engine (§3.8).

The reconciliation thread (reconciliation.py) starts in `install` and stops with the app (this router's
lifespan); it is a daemon, so a sandbox process never waits on it."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from sandbox.context import SandboxContext
from sandbox.thanhtoan import (
    confirm_routes,
    platform_routes,
    portal_routes,
    reconciliation,
    sessions,
    setup_routes,
    transactions,
)
from sandbox.thanhtoan.exempt_citizens import DDL as EXEMPT_DDL
from sandbox.thanhtoan.payments import DDL as PAYMENTS_DDL
from sandbox.thanhtoan.platform_secret import install_secret

_RECONCILERS: dict[int, reconciliation.Reconciler] = {}


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    if reconciler := _RECONCILERS.pop(id(app.state.sandbox), None):
        reconciler.stop()


router = APIRouter(lifespan=_lifespan)
router.include_router(confirm_routes.router)
router.include_router(platform_routes.router)
router.include_router(portal_routes.router)
router.include_router(setup_routes.router)
DDL = PAYMENTS_DDL + EXEMPT_DDL + sessions.DDL + transactions.DDL + reconciliation.DDL

__all__ = ["DDL", "install", "router"]


def install(ctx: SandboxContext) -> None:
    install_secret(ctx)
    ctx.faults.declare(platform_routes.LOST_CALLBACK, "Nền tảng thanh toán không gửi callback cho Cổng sau khi "
                       "công dân thanh toán (giao dịch vẫn thành công ở nền tảng); việc đối soát QUERY ghi nhận.")
    reconciler = reconciliation.Reconciler(ctx)
    _RECONCILERS[id(ctx)] = reconciler
    reconciler.start()
