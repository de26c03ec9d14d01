"""The payment platform (thanh toán trực tuyến, DOMAIN §3.7) and the fee engine (§3.8)."""

from fastapi import APIRouter

from sandbox.context import SandboxContext
from sandbox.thanhtoan import confirm_routes, platform_routes, portal_routes, sessions
from sandbox.thanhtoan.payments import DDL as PAYMENTS_DDL
from sandbox.thanhtoan.platform_secret import install_secret

router = APIRouter()
router.include_router(confirm_routes.router)
router.include_router(platform_routes.router)
router.include_router(portal_routes.router)
DDL = PAYMENTS_DDL + sessions.DDL

__all__ = ["DDL", "install", "router"]


def install(ctx: SandboxContext) -> None:
    install_secret(ctx)
    ctx.faults.declare(platform_routes.LOST_CALLBACK, "Nền tảng thanh toán không gửi callback cho Cổng sau khi "
                       "công dân thanh toán (giao dịch vẫn thành công ở nền tảng).")
