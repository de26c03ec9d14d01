"""The payment platform (thanh toán trực tuyến, DOMAIN §3.7) and the fee engine (§3.8)."""

from fastapi import APIRouter

from sandbox.context import SandboxContext
from sandbox.thanhtoan import confirm_routes
from sandbox.thanhtoan.payments import DDL
from sandbox.thanhtoan.platform_secret import install_secret

router = APIRouter()
router.include_router(confirm_routes.router)

__all__ = ["DDL", "install", "router"]


def install(ctx: SandboxContext) -> None:
    install_secret(ctx)
