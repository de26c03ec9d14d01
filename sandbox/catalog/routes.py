"""The catalogue subsystem: loaded at start, its configuration seeded once, its JSON and setup APIs."""

from fastapi import APIRouter

from sandbox.catalog import api, configuration, publication, publication_setup_routes, receiving, setup_routes
from sandbox.catalog.configuration_seed import seed_pairs
from sandbox.catalog.loader import load_catalog
from sandbox.context import SandboxContext
from sandbox.units.routes import all_units

DDL = configuration.DDL + publication.DDL + receiving.DDL

router = APIRouter()
router.include_router(api.router)
router.include_router(setup_routes.router)
router.include_router(publication_setup_routes.router)


def install(ctx: SandboxContext) -> None:
    ctx.catalog = load_catalog(ctx.settings.data_dir)
    # A reused database keeps what the setup API changed; only a fresh one gets the default configuration.
    if configuration.is_empty(ctx.store):
        configuration.configure_many(ctx.store, seed_pairs(ctx.catalog, all_units(ctx)))
