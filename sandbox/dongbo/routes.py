"""The status-sync subsystem as the app loads it: its tables, routes, faults and the delivery thread.

The thread starts in `install` and stops with the app (this router's lifespan), or at the latest when the
process exits, so a sandbox process never waits on it.
"""

import atexit
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from sandbox.context import SandboxContext
from sandbox.dongbo import config, couriers, national_routes, national_store, outbox, setup_routes, switches
from sandbox.dongbo.courier import Courier
from sandbox.dongbo.national_api import SANDBOX_CLIENT, NationalSyncApi
from sandbox.dongbo.national_store import NationalStore
from sandbox.dongbo.sender import enqueue_change
from sandbox.dossiers.service import DOSSIER_CHANGED, DossierChanged
from sandbox.identity.passwords import hash_password

DDL = national_store.DDL + outbox.DDL + config.DDL

@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    stop(app.state.sandbox)


router = APIRouter(lifespan=_lifespan)
router.include_router(national_routes.router)
router.include_router(setup_routes.router)


def install(ctx: SandboxContext) -> None:
    switches.declare(ctx.faults)
    config.install_defaults(ctx.store)
    national = NationalStore(ctx.store)
    if national.client_password_hash(SANDBOX_CLIENT.username) is None:
        national.add_client(SANDBOX_CLIENT.username, hash_password(SANDBOX_CLIENT.password),
                            "Hệ thống thông tin giải quyết TTHC cấp tỉnh (sandbox)")
    outbox.Outbox(ctx.store).reschedule_unsettled(time.monotonic())
    courier = Courier(ctx, NationalSyncApi(ctx), SANDBOX_CLIENT)

    def on_change(change: DossierChanged) -> None:
        if enqueue_change(ctx, change):
            courier.wake()

    ctx.events.subscribe(DOSSIER_CHANGED, on_change)
    couriers.register(ctx, courier)
    courier.start()


def stop(ctx: SandboxContext) -> None:
    """Stops the delivery thread of this sandbox; messages not yet delivered stay in the outbox."""
    if courier := couriers.unregister(ctx):
        courier.stop()


@atexit.register
def _stop_all() -> None:
    for courier in couriers.unregister_all():
        courier.stop()
