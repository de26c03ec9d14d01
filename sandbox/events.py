"""In-process events between subsystems: a dossier changes, and SMS and national sync react to it."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, kind: str, listener: Callable[[Any], None]) -> None:
        self._listeners[kind].append(listener)

    def publish(self, kind: str, event: Any) -> None:
        for listener in self._listeners[kind]:
            listener(event)
