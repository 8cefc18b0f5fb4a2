"""Which movement break comes next: several short breaks taken in turn through the day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, tzinfo

from coach.core.model import Routine
from coach.core.safety import routine_allowed, suitable_routine
from coach.core.session_log import SessionLog
from coach.core.settings import Settings

BREAK = "movement-break"
NEXT_BREAK = "next-break"  # `coach run next-break`: the break next in turn (the launcher's action)


def break_rotation(
    routines: Mapping[str, Routine], configured: str, settings: Settings
) -> tuple[Routine, ...]:
    """The movement breaks that take turns, in order.

    The configured routine (or the stand-in :func:`suitable_routine` picks for the user's bending
    answers) comes first, then every other built-in movement break the answers allow, by id. A
    routine of the user's own choosing is not rotated: a configured user routine, or one that is
    no movement break, is the whole rotation. Empty when nothing suitable exists.
    """
    avoid = (settings.avoid_backward_bending, settings.avoid_forward_bending)
    first = suitable_routine(routines, configured, *avoid)
    if first is None:
        return ()
    if first.purpose != BREAK or first.origin != "builtin":
        return (first,)
    others = sorted(
        (
            r
            for r in routines.values()
            if r.purpose == BREAK
            and r.origin == "builtin"
            and r.id != first.id
            and routine_allowed(r, *avoid)
        ),
        key=lambda r: r.id,
    )
    return (first, *others)


def next_break(
    routines: Mapping[str, Routine], configured: str, settings: Settings, done_today: Iterable[str]
) -> Routine | None:
    """The break to offer now: of the rotation, the one done least often today (the earlier in
    the rotation on a tie), so a day goes through every suitable break before repeating one.

    Args:
        routines: the library's routines by id.
        configured: the routine id in the settings (``movement_breaks.routine``).
        settings: for the bending answers.
        done_today: ids of the routines run today, in any order (see :func:`done_today`).
    """
    rotation = break_rotation(routines, configured, settings)
    if not rotation:
        return None
    counts = Counter(done_today)
    return min(rotation, key=lambda r: counts[r.id])  # min keeps the first of equals


def pick_routine(
    routines: Mapping[str, Routine], routine_id: str, settings: Settings, done_today: Iterable[str]
) -> Routine | None:
    """The routine to run for ``routine_id``: the next break in turn for a movement break,
    otherwise the routine itself or its stand-in for the user's bending answers."""
    routine = routines.get(routine_id)
    if routine is not None and routine.purpose == BREAK:
        return next_break(routines, routine_id, settings, done_today)
    return suitable_routine(
        routines, routine_id, settings.avoid_backward_bending, settings.avoid_forward_bending
    )


def done_today(log: SessionLog, today: date, tz: tzinfo) -> list[str]:
    """Ids of the routines started on the local day ``today``, from the session log."""
    return [record.routine_id for record in log.sessions(today, today, tz)]
