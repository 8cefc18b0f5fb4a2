"""Builders of exercises and routines in memory, with sensible defaults, for tests."""

from __future__ import annotations

from typing import Any

from coach.core.model import Dose, Exercise, Routine, RoutineItem, Sides, Spine


def make_dose(hold_s: int = 10, reps: int = 1, sides: str | Sides = "none", rest_s: int = 0) -> Dose:
    return Dose(hold_s=hold_s, reps=reps, sides=Sides(sides), rest_s=rest_s)


def make_exercise(
    id: str = "x",
    hold_s: int = 10,
    reps: int = 1,
    sides: str | Sides = "none",
    rest_s: int = 0,
    position: str = "standing",
    **kw: Any,
) -> Exercise:
    """An exercise with the given dose; any other ``Exercise`` field can be passed by name.

    ``bends_backward=True`` / ``bends_forward=True`` set ``spine`` to match.
    """
    fields: dict[str, Any] = {
        "name": id.replace("-", " ").capitalize(),
        "summary": f"Test exercise {id}.",
        "steps": ("Get into position.", "Hold it."),
        "kind": "stretch",
    }
    if kw.pop("bends_backward", False):
        kw.setdefault("spine", Spine.BACKWARD)
    if kw.pop("bends_forward", False):
        kw["spine"] = Spine.BOTH if kw.get("spine") == Spine.BACKWARD else Spine.FORWARD
    fields.update(kw)
    return Exercise(
        id=id,
        position=position,
        dose=make_dose(hold_s, reps, sides, rest_s),
        **fields,
    )


def make_item(exercise: Exercise | None = None, **dose: Any) -> RoutineItem:
    """A routine item: the exercise's own dose, with any of ``make_dose``'s arguments changed."""
    exercise = exercise or make_exercise()
    base = exercise.dose
    merged = {
        "hold_s": base.hold_s,
        "reps": base.reps,
        "sides": base.sides,
        "rest_s": base.rest_s,
        **dose,
    }
    return RoutineItem(exercise, make_dose(**merged))


def make_routine(
    *exercises_or_items: Exercise | RoutineItem,
    id: str = "r",
    purpose: str = "session",
    **kw: Any,
) -> Routine:
    """A routine of the given exercises (each at its own dose) or items; one exercise if none.

    Other ``Routine`` fields (``name``, ``summary``, ``origin`` ...) can be passed by name.
    """
    entries = exercises_or_items or (make_exercise(),)
    items = tuple(
        entry if isinstance(entry, RoutineItem) else RoutineItem(entry, entry.dose) for entry in entries
    )
    fields: dict[str, Any] = {"name": f"Routine {id}", "summary": f"Test routine {id}."}
    fields.update(kw)
    return Routine(id=id, purpose=purpose, items=items, **fields)
