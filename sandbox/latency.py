"""The `latency_ms` test aid: every response of the sandbox waits a random time in a range first."""

import asyncio
import random

from fastapi import FastAPI
from starlette.requests import Request


def install(app: FastAPI, latency_ms: tuple[int, int]) -> None:
    """Nothing at all when the range is (0, 0): the default sandbox answers as fast as it can."""
    low, high = latency_ms
    if high <= 0:
        return

    @app.middleware("http")
    async def delay(request: Request, call_next):
        await asyncio.sleep(random.uniform(low, high) / 1000)
        return await call_next(request)
