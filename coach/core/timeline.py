"""Expansion of a routine into the exact sequence of timed phases the player runs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coach.core.model import RoutineItem, Sides

COUNT_IN_S = 5  # "get ready" before the first exercise
PREPARE_S = 5  # moving into position for the next exercise
SWITCH_S = 5  # changing to the other side


class PhaseKind(StrEnum):
    COUNT_IN = "count-in"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"  # changing sides
    PREPARE = "prepare"  # getting into position for the next exercise


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Phase:
    """One timed step of a routine.

    ``item`` indexes the routine's items: the exercise being done (for holds) or about to be
    done (count-in, prepare, switch, rest). ``rep`` is 1-based within the side.
    """

    index: int
    kind: PhaseKind
    item: int
    start_s: int
    duration_s: int
    rep: int = 1
    reps: int = 1
    side: Side | None = None

    @property
    def end_s(self) -> int:
        return self.start_s + self.duration_s


@dataclass(frozen=True)
class Timeline:
    """The phases of a routine, back to back from 0."""

    phases: tuple[Phase, ...]

    @property
    def total_s(self) -> int:
        return self.phases[-1].end_s if self.phases else 0

    def phase_at(self, elapsed_s: float) -> int:
        """Index of the phase running ``elapsed_s`` seconds in (the last one once past the end)."""
        lo, hi = 0, len(self.phases) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.phases[mid].start_s <= elapsed_s:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def first_of_item(self, item: int) -> int:
        """Index of the first phase that leads into ``item`` (its prepare or count-in)."""
        for phase in self.phases:
            if phase.item == item:
                return phase.index
        raise IndexError(item)


def _holds(item: RoutineItem) -> list[tuple[int, Side | None]]:
    dose = item.dose
    if dose.sides is Sides.NONE:
        return [(rep, None) for rep in range(1, dose.reps + 1)]
    if dose.sides is Sides.EACH:
        return [(rep, side) for side in (Side.LEFT, Side.RIGHT) for rep in range(1, dose.reps + 1)]
    return [(rep, side) for rep in range(1, dose.reps + 1) for side in (Side.LEFT, Side.RIGHT)]


def build_timeline(items: Sequence[RoutineItem]) -> Timeline:
    """Expand routine items into phases.

    A count-in opens the routine and a prepare phase leads into every later exercise. Within
    an exercise, consecutive holds on different sides are separated by a switch phase (at least
    ``SWITCH_S``, longer if the dose's rest is longer), holds on the same side by the dose's
    rest, if any.
    """
    phases: list[Phase] = []
    clock = 0
    for kind, item, duration, rep, reps, side in _steps(items):
        phases.append(Phase(len(phases), kind, item, clock, duration, rep, reps, side))
        clock += duration
    return Timeline(tuple(phases))


def total_s(items: Sequence[RoutineItem]) -> int:
    """``build_timeline(items).total_s``, counted without building the phases (a test holds them equal)."""
    total = 0
    for index, item in enumerate(items):
        dose = item.dose
        total += COUNT_IN_S if index == 0 else PREPARE_S
        if dose.sides is Sides.NONE:
            total += dose.reps * dose.hold_s + (dose.reps - 1) * dose.rest_s
            continue
        switch = max(SWITCH_S, dose.rest_s)
        total += 2 * dose.reps * dose.hold_s
        if dose.sides is Sides.EACH:  # all reps on one side, one switch, all on the other
            total += 2 * (dose.reps - 1) * dose.rest_s + switch
        else:  # every hold after the first changes side
            total += (2 * dose.reps - 1) * switch
    return total


_Step = tuple[PhaseKind, int, int, int, int, "Side | None"]


def _steps(items: Sequence[RoutineItem]) -> Iterator[_Step]:
    """(kind, item, duration, rep, reps, side) of each phase, in order; see :func:`build_timeline`."""
    for index, item in enumerate(items):
        if index == 0:
            yield PhaseKind.COUNT_IN, index, COUNT_IN_S, 1, 1, None
        else:
            yield PhaseKind.PREPARE, index, PREPARE_S, 1, 1, None
        dose = item.dose
        previous_side: Side | None = None
        for position, (rep, side) in enumerate(_holds(item)):
            if position:
                if side != previous_side:
                    yield PhaseKind.SWITCH, index, max(SWITCH_S, dose.rest_s), rep, dose.reps, side
                elif dose.rest_s:
                    yield PhaseKind.REST, index, dose.rest_s, rep, dose.reps, side
            yield PhaseKind.HOLD, index, dose.hold_s, rep, dose.reps, side
            previous_side = side
