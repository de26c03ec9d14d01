"""The `latency_ms` test aid: every response of the sandbox waits a random time in a range first, as staging's
would over a slow network. The setup API (`/_setup/…`, health included) answers at once: it stands for the
preparation a tester does outside the portal, and the harness waits on it to know the sandbox is up."""

import asyncio
import random

from fastapi import FastAPI
from starlette.requests import Request

UNDELAYED_PREFIX = "/_setup/"


def install(app: FastAPI, latency_ms: tuple[int, int]) -> None:
    """Nothing at all when the range is (0, 0): the default sandbox answers as fast as it can."""
    low, high = latency_ms
    if high <= 0:
        return

    @app.middleware("http")
    async def delay(request: Request, call_next):
        if not request.url.path.startswith(UNDELAYED_PREFIX):
            await asyncio.sleep(random.uniform(low, high) / 1000)
        return await call_next(request)
