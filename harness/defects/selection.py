"""`--defect=<id>`: the collected scenarios that reproduce one defect, and the rest, which the run deselects."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from harness.defects.scenario_tags import DEFECT, values_of

Item = TypeVar("Item")


def split_by_defect(items: Sequence[Item], defect_id: str,
                    tags_of: Callable[[Item], Iterable[str]]) -> tuple[list[Item], list[Item]]:
    """(the items tagged `@loi:<defect_id>`, the others), each in collection order."""
    kept, deselected = [], []
    for item in items:
        (kept if defect_id in values_of(tags_of(item), DEFECT) else deselected).append(item)
    return kept, deselected
