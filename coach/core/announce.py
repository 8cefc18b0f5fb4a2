"""What the player says and shows for each phase: titles, side/rep lines and spoken guidance."""

from __future__ import annotations

from coach.core.durations import format_duration
from coach.core.model import Routine
from coach.core.timeline import Phase, PhaseKind, Side


def _spoken_duration(seconds: int) -> str:
    text = format_duration(seconds)
    return (
        text.replace(" min", " minutes")
        .replace(" s", " seconds")
        .replace(" h", " hours")
        .replace("1 minutes", "1 minute")
        .replace("1 seconds", "1 second")
        .replace("1 hours", "1 hour")
    )


def phase_title(phase: Phase) -> str:
    """The word on the countdown ring."""
    return {
        PhaseKind.COUNT_IN: "Get ready",
        PhaseKind.PREPARE: "Get into position",
        PhaseKind.HOLD: "Hold",
        PhaseKind.REST: "Rest",
        PhaseKind.SWITCH: "Switch sides",
    }[phase.kind]


def rep_line(phase: Phase) -> str:
    """``Rep 2 of 3 · left side`` (parts left out where they do not apply)."""
    parts = []
    if phase.reps > 1:
        parts.append(f"Rep {phase.rep} of {phase.reps}")
    if phase.side is not None:
        parts.append(f"{phase.side.value} side")
    text = " · ".join(parts)
    return text


def spoken(routine: Routine, phase: Phase) -> str:
    """Spoken guidance as the phase starts, e.g. ``Knee hug, left side, hold for 20 seconds``."""
    exercise = routine.items[phase.item].exercise
    if phase.kind is PhaseKind.COUNT_IN:
        return f"{routine.name}. First: {exercise.name}. {exercise.steps[0]}"
    if phase.kind is PhaseKind.PREPARE:
        return f"Next: {exercise.name}. {exercise.steps[0]}"
    if phase.kind is PhaseKind.SWITCH:
        return f"Switch to your {phase.side.value if phase.side else 'other'} side."
    if phase.kind is PhaseKind.REST:
        return "Rest."
    parts = [exercise.name]
    if phase.side is not None:
        parts.append(f"{phase.side.value} side")
    if phase.reps > 1:
        parts.append(f"rep {phase.rep} of {phase.reps}")
    parts.append(f"hold for {_spoken_duration(phase.duration_s)}")
    return ", ".join(parts) + "."


def step_index(routine: Routine, phase: Phase, phase_fraction: float) -> int:
    """Which of the exercise's steps to highlight: the set-up step before a hold, then the
    remaining steps in turn as the hold goes on."""
    steps = routine.items[phase.item].exercise.steps
    if phase.kind is not PhaseKind.HOLD or len(steps) == 1:
        return 0
    rest = len(steps) - 1
    return 1 + min(rest - 1, int(max(0.0, phase_fraction) * rest))


def frame_index(routine: Routine, phase: Phase, phase_fraction: float) -> int:
    """Which frame of a two-ended move to show.

    A move done as a flow (no rest between reps, e.g. cat-cow) shows its start for the first
    half of each hold and its end for the second; a move held at its end (a bridge, a pelvic
    tilt) shows the start while preparing or resting and the end during the hold.
    """
    item = routine.items[phase.item]
    if len(item.exercise.images) < 2 or phase.kind is not PhaseKind.HOLD:
        return 0
    if item.dose.rest_s == 0 and item.dose.reps > 1:
        return 0 if phase_fraction < 0.5 else 1
    return 1


def mirrored(phase: Phase) -> bool:
    """One-sided pictures are drawn for the left side and mirrored for the right."""
    return phase.side is Side.RIGHT
