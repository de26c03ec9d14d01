"""The dossier subsystem of the provincial one-stop system: its tables, faults and setup API."""

from sandbox.context import SandboxContext
from sandbox.dossiers import calendars, records, signing
from sandbox.dossiers.setup_routes import router

DDL = records.DDL + calendars.DDL

__all__ = ["DDL", "install", "router"]


def install(ctx: SandboxContext) -> None:
    signing.declare_faults(ctx.faults)
