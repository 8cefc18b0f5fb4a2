"""Pain ratings for the chart (with their trend) and the note that advises seeing a professional."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from coach.core import stats
from coach.core.history.words import History
from coach.core.safety import HIGH_PAIN, pain_advice
from coach.core.session_log import SessionLog, day_start, utc_text


@dataclass(frozen=True)
class PainChart:
    """Pain ratings over time and the least-squares trend of one of them.

    ``before`` and ``after`` are ``(moment, rating)`` points (weekly averages in a year view);
    ``trend`` is the line's two ends, drawn for ``trend_of`` ("before" or "after").
    """

    before: list[tuple[datetime, float]] = field(default_factory=list)
    after: list[tuple[datetime, float]] = field(default_factory=list)
    trend: tuple[tuple[datetime, float], tuple[datetime, float]] | None = None
    trend_of: str = ""
    slope_per_week: float | None = None
    averaged: bool = False

    @property
    def empty(self) -> bool:
        return not (self.before or self.after)


def _weekly_means(points: list[tuple[datetime, float]], tz: tzinfo) -> list[tuple[datetime, float]]:
    weeks: dict[date, list[float]] = {}
    for at, value in points:
        weeks.setdefault(stats.week_start(at.astimezone(tz).date()), []).append(value)
    return [
        (datetime.combine(monday + timedelta(days=3), time(12), tzinfo=tz), sum(v) / len(v))
        for monday, v in sorted(weeks.items())
    ]


def _trend(points: list[tuple[datetime, float]]) -> tuple[tuple, tuple, float] | None:
    if len(points) < 2:
        return None
    origin = points[0][0]
    xs = [((at - origin).total_seconds() / 604800, value) for at, value in points]
    slope = stats.trend_slope(xs)
    if slope is None:
        return None
    mean_x = sum(x for x, _ in xs) / len(xs)
    mean_y = sum(y for _, y in xs) / len(xs)
    at = lambda x: mean_y + slope * (x - mean_x)  # noqa: E731
    clamp = lambda y: min(10.0, max(0.0, y))  # noqa: E731
    first, last = xs[0][0], xs[-1][0]
    return (points[0][0], clamp(at(first))), (points[-1][0], clamp(at(last))), slope


def pain_chart(log: SessionLog, start: date, end: date, tz: tzinfo, *, weekly: bool = False) -> PainChart:
    """Pain before and after sessions from ``start`` to ``end``, with the trend line."""
    series = stats.pain_series(log, start, end, tz)
    before = [(p.at, float(p.before)) for p in series if p.before is not None]
    after = [(p.at, float(p.after)) for p in series if p.after is not None]
    which = "before" if len(before) >= stats.MIN_RATINGS else "after"
    line = _trend(before if which == "before" else after)
    if weekly:
        before, after = _weekly_means(before, tz), _weekly_means(after, tz)
    if line is None:
        return PainChart(before, after, averaged=weekly)
    return PainChart(before, after, (line[0], line[1]), which, line[2], weekly)


@dataclass(frozen=True)
class PainNote:
    """Advice to see a professional (or None) and the facts it rests on."""

    advice: str | None
    ratings: int
    worst: int | None
    days: int

    @property
    def facts(self) -> str:
        if not self.ratings:
            return History.tr("No pain ratings in the last %n day(s).", "", self.days)
        return History.tr(
            "%n pain rating(s) in the last {days} days; the highest was {worst} out of 10.", "", self.ratings
        ).format(days=self.days, worst=self.worst)


def pain_note(log: SessionLog, today: date, tz: tzinfo, days: int = stats.PAIN_WINDOW_DAYS) -> PainNote:
    """What ``safety.pain_advice`` says about the ratings of the last ``days`` days up to ``today``.

    Ratings before sessions, after sessions and after walks are read as three series, oldest
    first; any rating of ``HIGH_PAIN`` or more, or any series that is rising, brings advice.
    """
    lo = utc_text(day_start(today - timedelta(days=days - 1), tz))
    hi = utc_text(day_start(today + timedelta(days=1), tz))
    rows = log.fetch(
        "SELECT pain_before, pain_after FROM sessions WHERE started >= ? AND started < ? "
        "AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) ORDER BY started, id",
        [lo, hi],
    )
    walks = log.fetch(
        "SELECT pain FROM walks WHERE started >= ? AND started < ? AND pain IS NOT NULL ORDER BY started, id",
        [lo, hi],
    )
    series: Sequence[list[int]] = (
        [r[0] for r in rows if r[0] is not None],
        [r[1] for r in rows if r[1] is not None],
        [r[0] for r in walks],
    )
    everything = [rating for ratings in series for rating in ratings]
    worst = max(everything, default=None)
    if worst is not None and worst >= HIGH_PAIN:
        advice = pain_advice([worst])
    else:
        advice = next((a for a in map(pain_advice, series) if a), None)
    return PainNote(advice, len(everything), worst, days)
