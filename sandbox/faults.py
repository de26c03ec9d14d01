"""Named fault switches that let tests reach broken integrations on purpose (see docs/sandbox-faults.md)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    name: str
    description: str


class FaultSwitches:
    """Each subsystem declares its faults; a test switches them on through the setup API."""

    def __init__(self) -> None:
        self._known: dict[str, Fault] = {}
        self._on: set[str] = set()

    def declare(self, name: str, description: str) -> None:
        self._known[name] = Fault(name, description)

    def known(self) -> list[Fault]:
        return sorted(self._known.values(), key=lambda f: f.name)

    def switch(self, name: str, on: bool) -> None:
        if name not in self._known:
            raise KeyError(name)
        (self._on.add if on else self._on.discard)(name)

    def is_on(self, name: str) -> bool:
        return name in self._on

    def reset(self) -> None:
        self._on.clear()
