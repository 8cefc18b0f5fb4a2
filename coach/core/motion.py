"""Where an animated two-frame figure is at each moment of a phase, and blending between keyframes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

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

    ``frm`` to ``to`` over the first ``move_s`` seconds, then still; or, with ``swing``, out to
    the end frame and back once over ``move_s`` (a flowing rep, such as cat-cow).
    """

    frm: float
    to: float
    move_s: float = 0.0
    swing: bool = False

    def at(self, elapsed_s: float) -> float:
        """The pose ``elapsed_s`` seconds into the phase."""
        if self.move_s <= 0:
            return self.to
        x = min(1.0, max(0.0, elapsed_s / self.move_s))
        if self.swing:
            return self.frm + (self.to - self.frm) * (1.0 - math.cos(2.0 * math.pi * x)) / 2.0
        return self.frm + (self.to - self.frm) * ease(x)

    def moving(self, elapsed_s: float) -> bool:
        """Whether the figure changes shortly after ``elapsed_s`` (so it needs redrawing)."""
        return self.frm != self.to and self.move_s > 0 and 0.0 <= elapsed_s < self.move_s


STILL_START = Motion(0.0, 0.0)


def motion_for(routine: Routine, phase: Phase) -> Motion | None:
    """How the figure moves during ``phase``; None when the exercise has no two ends to move between.

    Matches :func:`coach.core.announce.frame_index`: a move done as a flow (reps without rest)
    swings to its end and back within each hold; a held move eases into its end at the start
    of each hold and back to its start at the start of the rest after it. A switch of sides,
    a prepare and a count-in show the start, still.
    """
    item = routine.items[phase.item]
    if len(item.exercise.images) < 2:
        return None
    flow = item.dose.rest_s == 0 and item.dose.reps > 1
    move = min(MOVE_S, MOVE_SHARE * phase.duration_s)
    if phase.kind is PhaseKind.HOLD:
        return Motion(0.0, 1.0, float(phase.duration_s), swing=True) if flow else Motion(0.0, 1.0, move)
    if phase.kind is PhaseKind.REST:
        return Motion(1.0, 0.0, move)
    return STILL_START


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
