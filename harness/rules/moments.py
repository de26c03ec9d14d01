"""When something happened, as a page writes it, against the moments the harness pressed the button.

Pages write a moment to the minute (dd/MM/yyyy HH:mm) or to the second; the harness reads the portal's time
just before and just after its action, so the moment shown must fall in that window, to the precision shown.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from harness.vietnam_time import VIETNAM

FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")
T = TypeVar("T")


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    def __str__(self) -> str:
        return f"{self.start:%d/%m/%Y %H:%M:%S} – {self.end:%d/%m/%Y %H:%M:%S}"


def during(clock: Callable[[], datetime], act: Callable[[], T]) -> tuple[T, Window]:
    """What `act` gave, and the window of the portal's time (`clock`) around it."""
    start = clock()
    done = act()
    return done, Window(start, clock())


def read_moment(shown: str) -> tuple[datetime, str]:
    """The moment a page wrote, in Vietnam's time, and the format it was written in."""
    for form in FORMATS:
        try:
            return datetime.strptime(shown, form).replace(tzinfo=VIETNAM), form
        except ValueError:
            continue
    raise AssertionError(f"“{shown}” không phải một thời điểm dạng dd/MM/yyyy HH:mm[:ss].")


def outside_window(shown: str, window: Window) -> str | None:
    """Why the shown moment is not within the window at its own precision, or None when it is."""
    moment, form = read_moment(shown)
    start, end = (datetime.strptime(edge.astimezone(VIETNAM).strftime(form), form).replace(tzinfo=VIETNAM)
                  for edge in (window.start, window.end))
    if start <= moment <= end:
        return None
    return f"Thời điểm “{shown}” nằm ngoài khoảng thao tác {window}."


def same_moment(one: str, other: str) -> bool:
    """Whether two written moments agree at the coarser of their precisions (a minute, or a second)."""
    (first, first_form), (second, second_form) = read_moment(one), read_moment(other)
    coarse = min((first_form, second_form), key=len)
    return first.strftime(coarse) == second.strftime(coarse)
