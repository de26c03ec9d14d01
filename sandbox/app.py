"""The sandbox application: one FastAPI app, each subsystem under its own path prefix."""

import importlib

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from sandbox import latency
from sandbox.clock import Clock
from sandbox.context import SandboxContext
from sandbox.faults import FaultSwitches
from sandbox.portal import own_dossier
from sandbox.settings import SandboxSettings
from sandbox.store import Store
from sandbox.templating import TEMPLATES_DIR

# Each module exposes `router`, and may expose `DDL` (its tables) and `install(ctx)` (seed, faults).
SUBSYSTEMS = [
    "sandbox.setup_api.routes",
    "sandbox.setup_api.sessions",
    "sandbox.units.routes",
    "sandbox.identity.routes",
    "sandbox.catalog.routes",
    "sandbox.dossiers.routes",
    "sandbox.portal.routes",
    "sandbox.vneid.routes",
    "sandbox.vneid.oidc_routes",
    "sandbox.vneid.setup_routes",
    "sandbox.vneid.app_routes",
    "sandbox.portal.login_routes",
    "sandbox.portal.account_routes",
    "sandbox.portal.submission_routes",
    "sandbox.motcua.routes",
    "sandbox.dongbo.routes",
    "sandbox.portal.lookup_routes",
    "sandbox.thanhtoan.routes",
    "sandbox.sms.routes",
    "sandbox.pakn.routes",
    "sandbox.thongke.routes",
]


def create_app(settings: SandboxSettings) -> FastAPI:
    app = FastAPI(title="Cổng DVCQG — môi trường thử nghiệm", docs_url="/_setup/docs", redoc_url=None)
    ctx = SandboxContext(settings=settings, store=Store(settings.db_path), clock=Clock(), faults=FaultSwitches())
    app.state.sandbox = ctx
    app.mount("/static", StaticFiles(directory=TEMPLATES_DIR.parent / "static"), name="static")
    for name in SUBSYSTEMS:
        module = importlib.import_module(name)
        if ddl := getattr(module, "DDL", None):
            ctx.store.create_tables(ddl)
        if install := getattr(module, "install", None):
            install(ctx)
        app.include_router(module.router)
    own_dossier.install(app)
    latency.install(app, settings.latency_ms)
    return app
