"""The payment platform (thanh toán trực tuyến, DOMAIN §3.7) and the fee engine (§3.8)."""

from fastapi import APIRouter

from sandbox.thanhtoan.payments import DDL

router = APIRouter()

__all__ = ["DDL", "router"]
