"""Searching and filtering the library: what the library browser and `coach list` match on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from coach.core.model import FLOOR_POSITIONS, Exercise, Routine

NO_FLOOR = "no-floor"  # a position filter: standing, seated or any


@dataclass(frozen=True)
class Entry:
    """A row of the library browser: an exercise or a routine, with what it is searched by."""

    item: Exercise | Routine

    @property
    def is_routine(self) -> bool:
        return isinstance(self.item, Routine)

    @cached_property
    def haystack(self) -> str:
        item = self.item
        if isinstance(item, Routine):
            parts = [item.name, item.summary, item.purpose, item.id]
            for entry in item.items:
                parts += [entry.exercise.name, *entry.exercise.targets]
        else:
            parts = [
                item.name,
                item.summary,
                item.id,
                item.position,
                item.kind or "",
                *item.targets,
                *item.equipment,
                *item.steps,
            ]
        return " ".join(parts).casefold()

    @cached_property
    def positions(self) -> frozenset[str]:
        item = self.item
        if isinstance(item, Routine):
            return frozenset(entry.exercise.position for entry in item.items)
        return frozenset({item.position})


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the library to; empty strings mean "any"."""

    text: str = ""
    position: str = ""  # a position, NO_FLOOR, or ""
    kind: str = ""  # exercises of this kind only
    purpose: str = ""  # routines of this purpose only
    avoid_backward_bending: bool = False
    avoid_forward_bending: bool = False

    def accepts(self, entry: Entry) -> bool:
        item = entry.item
        if self.kind and (entry.is_routine or item.kind != self.kind):  # type: ignore[union-attr]
            return False
        if self.purpose and (not entry.is_routine or item.purpose != self.purpose):  # type: ignore[union-attr]
            return False
        if self.position == NO_FLOOR:
            if entry.positions & FLOOR_POSITIONS:
                return False
        elif self.position and self.position not in entry.positions:
            return False
        if self.avoid_backward_bending and item.bends_backward:
            return False
        if self.avoid_forward_bending and item.bends_forward:
            return False
        words = self.text.casefold().split()
        return all(word in entry.haystack for word in words)
