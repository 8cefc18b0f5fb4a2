"""The exercise library's data: exercises, doses, routines, frozen once loaded."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from coach.core.i18n import QT_TRANSLATE_NOOP, translate


class Sides(StrEnum):
    """How a dose treats the two sides of the body."""

    NONE = "none"  # symmetric: both sides at once, or no side
    EACH = "each"  # every rep on one side, then every rep on the other
    ALTERNATE = "alternate"  # left, right, left, right ...


class Spine(StrEnum):
    """The direction an exercise bends the lower spine, for people one direction hurts."""

    FORWARD = "forward"  # flexion: rounding or folding forward
    BACKWARD = "backward"  # extension: arching back
    BOTH = "both"  # moves between the two, like cat-cow
    NEUTRAL = "neutral"  # the spine stays in its natural curve


POSITIONS = ("standing", "seated", "lying", "kneeling", "hands-and-knees", "any")
FLOOR_POSITIONS = frozenset({"lying", "kneeling", "hands-and-knees"})
KINDS = ("stretch", "mobility", "strength", "massage", "heat", "walk")
PURPOSES = ("movement-break", "warm-up", "walk-break", "heat", "session")
PURPOSE_TITLES = {  # English; shown through translate("Purpose", title)
    "movement-break": QT_TRANSLATE_NOOP("Purpose", "Movement breaks"),
    "warm-up": QT_TRANSLATE_NOOP("Purpose", "Warm-ups"),
    "walk-break": QT_TRANSLATE_NOOP("Purpose", "During a walk"),
    "heat": QT_TRANSLATE_NOOP("Purpose", "Heat"),
    "session": QT_TRANSLATE_NOOP("Purpose", "Sessions"),
}

MAX_HOLD_S = 60 * 60
MAX_REPS = 100
MAX_REST_S = 10 * 60
MAX_MOVE_LEN = 60
MOVE_FIELDS = ("duration", "reps")  # the blanks a movement's wording may use
_BRACES = re.compile(r"\{([^{}]*)\}")


def move_problem(text: str) -> str | None:
    """What is wrong with a movement's dose wording (``March for {duration}``), or None."""
    unknown = [name for name in _BRACES.findall(text) if name not in MOVE_FIELDS]
    if unknown:
        return f"unknown blank {{{unknown[0]}}}; use {{duration}} (one rep's time) or {{reps}}"
    if "{" in _BRACES.sub("", text) or "}" in _BRACES.sub("", text):
        return "unmatched brace; write blanks as {duration} or {reps}"
    return None


def _fill_move(text: str, duration: str, reps: int) -> str:
    values = {"duration": duration, "reps": str(reps)}
    return _BRACES.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class Dose:
    """How long and how often: the numbers the timer needs."""

    hold_s: int
    reps: int = 1
    sides: Sides = Sides.NONE
    rest_s: int = 0
    move: str | None = None  # a movement's wording, e.g. "March for {duration}": it moves, not holds

    @property
    def moving(self) -> bool:
        """Whether the time is spent moving (marching, circling) rather than holding a position."""
        return self.move is not None

    def describe(self) -> str:
        """A short human summary in the user's language, e.g. ``3 × 20 s hold, each side, 10 s rest``
        or, for a movement, its own wording: ``March for 30 s``, ``10 slow raises, 1 s rest``."""
        from coach.core.durations import format_duration

        hold = format_duration(self.hold_s)
        if self.move is not None:
            text = _fill_move(self.move, hold, self.reps)
            if self.reps > 1 and "{reps}" not in self.move:
                text = translate("Dose", "{dose}, {count} times").format(dose=text, count=self.reps)
        elif self.reps > 1:
            text = translate("Dose", "{count} × {duration}").format(count=self.reps, duration=hold)
        else:
            text = hold
        if self.move is None and self.hold_s < 120:
            text = translate("Dose", "{dose} hold").format(dose=text)
        if self.sides is Sides.EACH:
            text = translate("Dose", "{dose}, each side").format(dose=text)
        elif self.sides is Sides.ALTERNATE:
            text = translate("Dose", "{dose}, alternating sides").format(dose=text)
        if self.rest_s and self.reps > 1:
            text = translate("Dose", "{dose}, {rest} rest").format(
                dose=text, rest=format_duration(self.rest_s)
            )
        return text


@dataclass(frozen=True)
class Exercise:
    """One exercise as shipped or written by a user."""

    id: str
    name: str
    summary: str
    position: str
    steps: tuple[str, ...]
    dose: Dose
    kind: str | None = None
    targets: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    images: tuple[Path, ...] = ()  # one picture, or the two ends of a move shown in turn
    sources: tuple[str, ...] = ()
    spine: Spine = Spine.NEUTRAL  # never offered to people whom that direction hurts
    path: Path | None = field(default=None, compare=False)
    origin: str = "builtin"  # or "user"

    @property
    def on_floor(self) -> bool:
        return self.position in FLOOR_POSITIONS

    @property
    def bends_backward(self) -> bool:
        return self.spine in (Spine.BACKWARD, Spine.BOTH)

    @property
    def bends_forward(self) -> bool:
        return self.spine in (Spine.FORWARD, Spine.BOTH)

    @property
    def duration_s(self) -> int:
        """Time to do this exercise alone, as the player runs it (count-in included)."""
        from coach.core.timeline import total_s

        return total_s((RoutineItem(self, self.dose),))


@dataclass(frozen=True)
class RoutineItem:
    """An exercise in a routine with the dose it takes there."""

    exercise: Exercise
    dose: Dose


@dataclass(frozen=True)
class Routine:
    """A named sequence of exercises for a purpose (a break, a warm-up, a session)."""

    id: str
    name: str
    summary: str
    purpose: str
    items: tuple[RoutineItem, ...]
    path: Path | None = field(default=None, compare=False)
    origin: str = "builtin"

    @property
    def duration_s(self) -> int:
        """Exact time the player takes for this routine, count-in and transitions included."""
        from coach.core.timeline import total_s

        return total_s(self.items)

    @property
    def on_floor(self) -> bool:
        return any(item.exercise.on_floor for item in self.items)

    @property
    def bends_backward(self) -> bool:
        return any(item.exercise.bends_backward for item in self.items)

    @property
    def bends_forward(self) -> bool:
        return any(item.exercise.bends_forward for item in self.items)

    @classmethod
    def single(cls, exercise: Exercise) -> Routine:
        """A one-exercise session, for Start on an exercise's page."""
        return cls(
            id=exercise.id,
            name=exercise.name,
            summary=exercise.summary,
            purpose="session",
            items=(RoutineItem(exercise, exercise.dose),),
            path=exercise.path,
            origin=exercise.origin,
        )
