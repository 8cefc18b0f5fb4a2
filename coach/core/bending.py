"""When to ask again whether bending forward or backward makes the pain worse."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.model import Exercise
from coach.core.safety import pain_rising
from coach.core.session_log import SessionLog
from coach.core.settings import Settings

FORWARD, BACKWARD = "forward", "backward"
WEEK_DAYS = 7

_RISING_QUESTION = QT_TRANSLATE_NOOP(
    "Bending",
    "Your pain ratings have gone up this week. Does bending forward or backward make your back "
    "or leg pain worse? If so, say so in Settings and Coach will leave those exercises out.",
)


def directions_to_ask(exercise: Exercise | None, settings: Settings) -> tuple[str, ...]:
    """The bending questions worth asking after ``exercise`` was stopped because it hurt.

    The directions the exercise bends, or both for one that keeps the back neutral (or none
    known); a direction the user already avoids is not asked again.
    """
    if exercise is None or not (exercise.bends_forward or exercise.bends_backward):
        directions = (FORWARD, BACKWARD)
    else:
        directions = tuple(
            d for d, bends in ((FORWARD, exercise.bends_forward), (BACKWARD, exercise.bends_backward)) if bends
        )
    avoided = {FORWARD: settings.avoid_forward_bending, BACKWARD: settings.avoid_backward_bending}
    return tuple(d for d in directions if not avoided[d])


def avoiding(settings: Settings, direction: str) -> Settings:
    """``settings`` with the answer "bending ``direction`` makes my pain worse"."""
    import dataclasses

    if direction == FORWARD:
        return dataclasses.replace(settings, avoid_forward_bending=True)
    if direction == BACKWARD:
        return dataclasses.replace(settings, avoid_backward_bending=True)
    raise ValueError(f"unknown bending direction {direction!r}")


def week_ratings(log: SessionLog, today: date, tz: tzinfo) -> tuple[list[int], list[int], list[int]]:
    """Pain ratings of the last seven days up to ``today``, oldest first: before sessions,
    after sessions, and after walks."""
    since = today - timedelta(days=WEEK_DAYS - 1)
    sessions = sorted(log.sessions(since, today, tz), key=lambda s: (s.started, s.id))
    walks = sorted(log.walks(since, today, tz), key=lambda w: (w.started, w.id))
    return (
        [s.pain_before for s in sessions if s.pain_before is not None],
        [s.pain_after for s in sessions if s.pain_after is not None],
        [w.pain for w in walks if w.pain is not None],
    )


def rising_pain_question(log: SessionLog, today: date, tz: tzinfo, settings: Settings) -> str | None:
    """A gentle question about bending when any series of this week's pain ratings is rising
    (see :func:`coach.core.safety.pain_rising`); None when it is not, or when the user has
    already said that both directions hurt."""
    if settings.avoid_forward_bending and settings.avoid_backward_bending:
        return None
    if not any(pain_rising(series) for series in week_ratings(log, today, tz)):
        return None
    return translate("Bending", _RISING_QUESTION)
