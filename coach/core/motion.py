"""Where an animated two-frame figure is at each moment of a phase, and blending between keyframes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from coach.core.announce import flows
from coach.core.model import Routine
from coach.core.timeline import Phase, PhaseKind

MOVE_S = 1.6  # how long moving into (or out of) a held position takes
MOVE_SHARE = 0.4  # ...but never more than this share of a short phase
FRAME_S = 0.04  # 25 frames a second while moving


def ease(x: float) -> float:
    """Smooth start and stop: 0 at 0, 1 at 1, flat at both ends."""
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


@dataclass(frozen=True)
class Motion:
    """The pose over a phase: 0 is the start frame, 1 the end frame.

    ``keys`` are (seconds into the phase, pose) in time order; between two keys the pose eases
    from one to the other, before the first and after the last it stays put. A single key is a
    still figure.
    """

    keys: tuple[tuple[float, float], ...]

    def at(self, elapsed_s: float) -> float:
        """The pose ``elapsed_s`` seconds into the phase."""
        keys = self.keys
        if elapsed_s <= keys[0][0]:
            return keys[0][1]
        for (t0, p0), (t1, p1) in pairwise(keys):
            if elapsed_s < t1:
                return p0 + (p1 - p0) * ease((elapsed_s - t0) / (t1 - t0))
        return keys[-1][1]

    def moving(self, elapsed_s: float) -> bool:
        """Whether the figure changes shortly after ``elapsed_s`` (so it needs redrawing)."""
        return any(t0 <= elapsed_s < t1 and p0 != p1 for (t0, p0), (t1, p1) in pairwise(self.keys))

    def next_move(self, elapsed_s: float) -> float | None:
        """When the figure next starts moving after ``elapsed_s``, or None if it stays still."""
        starts = [t0 for (t0, p0), (_, p1) in pairwise(self.keys) if p0 != p1 and t0 > elapsed_s]
        return min(starts, default=None)


def still(pose: float) -> Motion:
    return Motion(((0.0, pose),))


def cycles(duration_s: float, cycle_s: float) -> Motion:
    """Out to the end and back again every ``cycle_s`` for as many whole cycles as fit."""
    move = min(MOVE_S, 0.3 * cycle_s)
    keys: list[tuple[float, float]] = [(0.0, 0.0)]
    for k in range(int(duration_s // cycle_s)):
        base = k * cycle_s
        keys += [(base, 0.0), (base + move, 1.0), (base + cycle_s / 2, 1.0), (base + cycle_s / 2 + move, 0.0)]
    return Motion(tuple(keys))


def motion_for(routine: Routine, phase: Phase, cycle_s: float = 0.0) -> Motion | None:
    """How the figure moves during ``phase``; None when the exercise has no two ends to move between.

    Matches :func:`coach.core.announce.frame_index`: a move done as a flow (reps without rest)
    rests on its start for the first half of each hold and on its end for the second, moving
    across at the half and back to the start as the rep ends; a held move eases into its end at
    the start of each hold and back to its start at the start of the rest after it. A switch of
    sides, a prepare and a count-in show the start, still.

    A movement that repeats within one hold (marching, rolling a ball up and down the back)
    has a ``cycle_s``: a hold at least that long goes out and back once per cycle instead.
    """
    item = routine.items[phase.item]
    if len(item.exercise.images) < 2:
        return None
    d = float(phase.duration_s)
    cycling = cycle_s > 0 and item.dose.hold_s >= cycle_s
    if phase.kind is PhaseKind.HOLD and cycling:
        return cycles(d, cycle_s)
    if phase.kind is PhaseKind.REST and cycling:
        return still(0.0)  # the last cycle already came back to the start
    if phase.kind is PhaseKind.HOLD and flows(item.dose):
        move = min(MOVE_S, d / 4)
        half = d / 2
        return Motion(((half - move / 2, 0.0), (half + move / 2, 1.0), (d - move, 1.0), (d, 0.0)))
    move = min(MOVE_S, MOVE_SHARE * d)
    if phase.kind is PhaseKind.HOLD:
        return Motion(((0.0, 0.0), (move, 1.0)))
    if phase.kind is PhaseKind.REST:
        return Motion(((0.0, 1.0), (move, 0.0)))
    return still(0.0)


def blend(a: Sequence[float], b: Sequence[float], t: float) -> list[float]:
    """Numbers part-way from ``a`` (t = 0) to ``b`` (t = 1)."""
    if len(a) != len(b):
        raise ValueError(f"cannot blend {len(a)} numbers with {len(b)}")
    return [x + (y - x) * t for x, y in zip(a, b, strict=True)]


def sample(keyframes: Sequence[Sequence[float]], t: float) -> list[float]:
    """The shape at ``t`` (0..1) along evenly spaced keyframes, blending the two around it."""
    if not keyframes:
        raise ValueError("no keyframes")
    last = len(keyframes) - 1
    x = min(1.0, max(0.0, t)) * last
    i = min(int(x), last - 1) if last else 0
    return blend(keyframes[i], keyframes[min(i + 1, last)], x - i)
