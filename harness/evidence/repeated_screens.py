"""A step whose screen is the same, pixel for pixel, as the screenshot attached just before it (a "Thì" checking
the page the "Khi" left) gets a note naming that step instead of a second copy: almost half of a run's
screenshots were such copies, and every copy is carried by the single-file report."""

from __future__ import annotations

import hashlib

# The note that stands for a screenshot identical to the one attached before it.
SAME_SCREEN = "Màn hình không đổi"


class RepeatedScreens:
    """The last screenshot one scenario attached, and the step it belongs to."""

    def __init__(self) -> None:
        self._last: tuple[str, str] | None = None

    def earlier_step_with(self, image: bytes) -> str | None:
        """The step whose attached screenshot is exactly this image, if it was the last one attached."""
        if self._last is not None and self._last[0] == _digest(image):
            return self._last[1]
        return None

    def attached(self, image: bytes, step: str) -> None:
        self._last = (_digest(image), step)


def same_screen_note(earlier_step: str) -> str:
    return (f"Màn hình sau bước này giống hệt (từng điểm ảnh) ảnh màn hình của bước “{earlier_step}”, "
            "nên không đính kèm lại.")


def _digest(image: bytes) -> str:
    return hashlib.sha256(image).hexdigest()
