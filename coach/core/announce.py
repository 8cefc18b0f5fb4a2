"""What the player says and shows for each phase: titles, side/rep lines and spoken guidance."""

from __future__ import annotations

from coach.core.i18n import Context
from coach.core.model import Dose, Routine, Sides
from coach.core.timeline import Phase, PhaseKind, Side


class Announce(Context):
    """The translation context of the player's words."""


def _spoken_duration(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(Announce.tr("%n hour(s)", "", hours))
    if minutes:
        parts.append(Announce.tr("%n minute(s)", "", minutes))
    if secs or not parts:
        parts.append(Announce.tr("%n second(s)", "", secs))
    return " ".join(parts)


def phase_title(phase: Phase, moving: bool = False) -> str:
    """The word on the countdown ring (``Keep moving`` for the time of a movement, see ``Dose.moving``)."""
    if moving and phase.kind is PhaseKind.HOLD:
        return Announce.tr("Keep moving")
    return {
        PhaseKind.COUNT_IN: Announce.tr("Get ready"),
        PhaseKind.PREPARE: Announce.tr("Get into position"),
        PhaseKind.HOLD: Announce.tr("Hold"),
        PhaseKind.REST: Announce.tr("Rest"),
        PhaseKind.SWITCH: Announce.tr("Switch sides"),
    }[phase.kind]


def phase_word(phase: Phase, moving: bool = False) -> str:
    """The phase title as it reads inside a sentence: ``get ready``, ``hold``, ``switch sides``."""
    if moving and phase.kind is PhaseKind.HOLD:
        return Announce.tr("keep moving")
    return {
        PhaseKind.COUNT_IN: Announce.tr("get ready"),
        PhaseKind.PREPARE: Announce.tr("get into position"),
        PhaseKind.HOLD: Announce.tr("hold"),
        PhaseKind.REST: Announce.tr("rest"),
        PhaseKind.SWITCH: Announce.tr("switch sides"),
    }[phase.kind]


def rep_line(phase: Phase) -> str:
    """``Rep 2 of 3 · left side`` (parts left out where they do not apply)."""
    parts = []
    if phase.reps > 1:
        parts.append(Announce.tr("Rep {rep} of {reps}").format(rep=phase.rep, reps=phase.reps))
    if phase.side is not None:
        parts.append(_side(phase.side))
    text = " · ".join(parts)
    return text


def _side(side: Side) -> str:
    return Announce.tr("left side") if side is Side.LEFT else Announce.tr("right side")


def spoken(routine: Routine, phase: Phase) -> str:
    """Spoken guidance as the phase starts, e.g. ``Knee hug, left side, hold for 20 seconds``."""
    exercise = routine.items[phase.item].exercise
    if phase.kind is PhaseKind.COUNT_IN:
        return Announce.tr("{routine}. First: {exercise}. {step}").format(
            routine=routine.name, exercise=exercise.name, step=exercise.steps[0]
        )
    if phase.kind is PhaseKind.PREPARE:
        return Announce.tr("Next: {exercise}. {step}").format(exercise=exercise.name, step=exercise.steps[0])
    if phase.kind is PhaseKind.SWITCH:
        if phase.side is Side.LEFT:
            return Announce.tr("Switch to your left side.")
        if phase.side is Side.RIGHT:
            return Announce.tr("Switch to your right side.")
        return Announce.tr("Switch to your other side.")
    if phase.kind is PhaseKind.REST:
        return Announce.tr("Rest.")
    parts = [exercise.name]
    if phase.side is not None:
        parts.append(_side(phase.side))
    if phase.reps > 1:
        parts.append(Announce.tr("rep {rep} of {reps}").format(rep=phase.rep, reps=phase.reps))
    duration = _spoken_duration(phase.duration_s)
    if routine.items[phase.item].dose.moving:
        parts.append(Announce.tr("keep moving for {duration}").format(duration=duration))
    else:
        parts.append(Announce.tr("hold for {duration}").format(duration=duration))
    return ", ".join(parts) + "."


def step_index(routine: Routine, phase: Phase, phase_fraction: float) -> int:
    """Which of the exercise's steps to highlight, following the phase.

    Steps are written as set-up, moves, hold, and coming back last (tips and progressions belong
    in the cautions, not after the steps; a test holds every shipped exercise to it). Getting ready (count-in,
    preparing, changing sides) shows the set-up step; a hold walks through the moves in its
    first 60 % and stays on the step before the last (holding); a rest shows the last step.
    """
    count = len(routine.items[phase.item].exercise.steps)
    if count <= 1 or phase.kind in (PhaseKind.COUNT_IN, PhaseKind.PREPARE, PhaseKind.SWITCH):
        return 0
    if phase.kind is PhaseKind.REST:
        return count - 1
    last_move = max(1, count - 2)
    walked = int(max(0.0, min(1.0, phase_fraction / 0.6)) * last_move)
    return min(last_move, 1 + walked)


def flows(dose: Dose) -> bool:
    """Whether the reps follow each other with no rest and no change of side between them."""
    return dose.rest_s == 0 and dose.reps > 1 and dose.sides is Sides.NONE


def frame_index(routine: Routine, phase: Phase, phase_fraction: float) -> int:
    """Which frame of a two-ended move to show.

    A move done as a flow (reps back to back, e.g. cat-cow; see :func:`flows`) shows its start
    for the first half of each hold and its end for the second; a move held at its end (a
    bridge, a pelvic tilt, a knee hug whose sides take turns) shows the start while preparing
    or resting and the end during the hold.
    """
    item = routine.items[phase.item]
    if len(item.exercise.images) < 2 or phase.kind is not PhaseKind.HOLD:
        return 0
    if flows(item.dose):
        return 0 if phase_fraction < 0.5 else 1
    return 1


def moving(routine: Routine, phase: Phase) -> bool:
    """Whether the phase's exercise is a movement (its time is spent moving, not holding)."""
    return routine.items[phase.item].dose.moving


def mirrored(phase: Phase) -> bool:
    """One-sided pictures are drawn for the left side and mirrored for the right."""
    return phase.side is Side.RIGHT
