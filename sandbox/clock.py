"""The sandbox's controllable clock: every rule asks it for "now", so tests can move time."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock:
    """Real time in Vietnam, unless a test has frozen it or shifted it."""

    def __init__(self) -> None:
        self._frozen: datetime | None = None
        self._offset = timedelta()

    def now(self) -> datetime:
        if self._frozen is not None:
            return self._frozen
        return datetime.now(VIETNAM) + self._offset

    def freeze(self, at: datetime) -> None:
        self._frozen = at if at.tzinfo else at.replace(tzinfo=VIETNAM)

    def advance(self, delta: timedelta) -> None:
        if self._frozen is not None:
            self._frozen += delta
        else:
            self._offset += delta

    def reset(self) -> None:
        self._frozen = None
        self._offset = timedelta()

    @contextmanager
    def frozen_at(self, at: datetime) -> Iterator[None]:
        """Freeze time for a block (backdating a set-up step), then put the clock back as it was."""
        saved = (self._frozen, self._offset)
        self.freeze(at)
        try:
            yield
        finally:
            self._frozen, self._offset = saved
