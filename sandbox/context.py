"""What every route of the sandbox may reach: store, clock, faults, catalogue, settings."""

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request

from sandbox.clock import Clock
from sandbox.events import EventBus
from sandbox.faults import FaultSwitches
from sandbox.settings import SandboxSettings
from sandbox.store import Store


@dataclass
class SandboxContext:
    settings: SandboxSettings
    store: Store
    clock: Clock
    faults: FaultSwitches
    catalog: Any = None
    events: EventBus = field(default_factory=EventBus)


def get_context(request: Request) -> SandboxContext:
    return request.app.state.sandbox


# Routes declare `ctx: Ctx` to receive the sandbox context.
Ctx = Annotated[SandboxContext, Depends(get_context)]
