"""The running delivery thread of each sandbox app in this process (tests build many apps), by its context."""

from sandbox.context import SandboxContext
from sandbox.dongbo.courier import Courier

_couriers: dict[int, Courier] = {}


def register(ctx: SandboxContext, courier: Courier) -> None:
    _couriers[id(ctx)] = courier


def courier_of(ctx: SandboxContext) -> Courier | None:
    return _couriers.get(id(ctx))


def unregister(ctx: SandboxContext) -> Courier | None:
    return _couriers.pop(id(ctx), None)


def unregister_all() -> list[Courier]:
    couriers = list(_couriers.values())
    _couriers.clear()
    return couriers
