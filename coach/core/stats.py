"""Statistics recomputed from the session log's rows on every call: streak, minutes, breaks, pain."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

from coach.core.session_log import SessionLog, day_start, parse_utc, utc_text

PAIN_WINDOW_DAYS = 28  # the pain trend looks at the last four weeks
MIN_RATINGS = 3  # ... and needs this many ratings, on at least two different days
STEADY_SLOPE = 0.25  # points a week; a smaller change is "steady"
_DAY = 86400
_OUTSIDE = date.min  # the week of a break prompt shown before the range asked about
HEAT_ROUTINES = ("heat-pack",)  # time under a heat pack is logged, but it is not exercise
EXERCISE_ROW = f"routine_id NOT IN ({', '.join(repr(i) for i in HEAT_ROUTINES)})"  # SQL: not a heat row


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _offset_changes(tz: tzinfo, lo: datetime, hi: datetime) -> tuple[list[tuple[int, int]], int]:
    """The UTC offsets (seconds) in force from ``lo`` to ``hi``.

    Returns ``([(until_timestamp, offset), ...], final_offset)``. Offsets are sampled daily
    and each change is located to the second, so DST switches become exact boundaries.
    """

    def offset(ts: int) -> int:
        delta = datetime.fromtimestamp(ts, tz).utcoffset()
        return int(delta.total_seconds()) if delta else 0

    t, end = int(lo.timestamp()), int(hi.timestamp()) + 1
    current = offset(t)
    changes: list[tuple[int, int]] = []
    while not isinstance(tz, timezone) and t < end:  # fixed offsets never change
        step = min(t + _DAY, end)
        if offset(step) == current:
            t = step
            continue
        before, after = t, step
        while after - before > 1:
            middle = (before + after) // 2
            before, after = (middle, after) if offset(middle) == current else (before, middle)
        changes.append((after, current))
        current, t = offset(after), after
    return changes, current


def local_day_sql(column: str, tz: tzinfo, lo: datetime, hi: datetime) -> tuple[str, list[str]]:
    """An SQL expression giving the local ``YYYY-MM-DD`` day of a UTC text ``column``.

    It is exact for rows between ``lo`` and ``hi``, DST changes included; returns the
    expression and its parameters.
    """
    changes, final = _offset_changes(tz, lo, hi)
    params: list[str] = []
    parts = []
    for until, seconds in changes:
        parts.append(f"WHEN {column} < ? THEN date({column}, ?)")
        params += [utc_text(datetime.fromtimestamp(until, UTC)), f"{seconds:+d} seconds"]
    params.append(f"{final:+d} seconds")
    last = f"date({column}, ?)"
    return (f"CASE {' '.join(parts)} ELSE {last} END" if parts else last), params


def _per_day(
    log: SessionLog, table: str, column: str, aggregates: str, where: str,
    start: date, end: date, tz: tzinfo,
) -> dict[date, tuple]:  # fmt: skip
    """``{local day: (aggregates...)}`` for rows of ``table`` from ``start`` to ``end``."""
    lo, hi = day_start(start, tz), day_start(end + timedelta(days=1), tz)
    day, params = local_day_sql(column, tz, lo, hi)
    rows = log.fetch(
        f"SELECT {day} AS day, {aggregates} FROM {table} "
        f"WHERE {column} >= ? AND {column} < ? {where} GROUP BY day",
        [*params, utc_text(lo), utc_text(hi)],
    )
    return {date.fromisoformat(r[0]): tuple(r[1:]) for r in rows}


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def minutes_per_day(log: SessionLog, start: date, end: date, tz: tzinfo) -> dict[date, float]:
    """Minutes of exercise done on each local day from ``start`` to ``end`` (zeros included)."""
    done = _per_day(log, "sessions", "started", "SUM(seconds_done)", f"AND {EXERCISE_ROW}", start, end, tz)
    return {day: (done[day][0] / 60 if day in done else 0.0) for day in _days(start, end)}


def streak(log: SessionLog, today: date, tz: tzinfo) -> int:
    """Consecutive local days with some exercise, up to today (or yesterday if today has none)."""
    first = log.fetch(
        f"SELECT started FROM sessions WHERE seconds_done > 0 AND {EXERCISE_ROW} ORDER BY started LIMIT 1"
    )
    if not first:
        return 0
    first_day = parse_utc(first[0][0]).astimezone(tz).date()
    window = 31
    while True:  # look back a month first, then further only while the streak continues
        lo = max(today - timedelta(days=window), first_day)
        active = _per_day(
            log, "sessions", "started", "COUNT(*)", f"AND seconds_done > 0 AND {EXERCISE_ROW}", lo, today, tz
        )
        day = today if today in active else today - timedelta(days=1)
        count = 0
        while day in active:
            count += 1
            day -= timedelta(days=1)
        if day >= lo or lo <= first_day:
            return count
        window *= 4


@dataclass(frozen=True)
class Adherence:
    """Break prompts in one week and what became of them.

    A prompt is answered by the next ``taken``, ``skipped`` or ``postponed`` event; one
    followed by another prompt instead counts as ``unanswered``; one followed by a
    ``natural`` break (the user was away) counts as neither. Outcomes count in the week of
    the prompt they answer. A prompt with nothing after it yet is still open and not counted.
    """

    taken: int = 0
    skipped: int = 0
    unanswered: int = 0
    postponed: int = 0
    natural: int = 0
    natural_seconds: int = 0

    @property
    def asked(self) -> int:
        return self.taken + self.skipped + self.unanswered

    @property
    def rate(self) -> float | None:
        """taken / (taken + skipped + unanswered), or None when no break was due."""
        return self.taken / self.asked if self.asked else None


def break_adherence(log: SessionLog, start: date, end: date, tz: tzinfo) -> dict[date, Adherence]:
    """``{Monday: Adherence}`` for every week from ``start``'s to ``end``'s."""
    first, last = week_start(start), week_start(end)
    weeks = {first + timedelta(weeks=i): Counter[str]() for i in range((last - first).days // 7 + 1)}
    lo, hi = day_start(first, tz), day_start(last + timedelta(days=7), tz)
    day, params = local_day_sql("at", tz, lo, hi)
    answerable = "event != 'notice'"
    rows = log.fetch(
        f"SELECT {day}, event, seconds FROM breaks WHERE at >= ? AND at < ? AND {answerable} ORDER BY at, id",
        [*params, utc_text(lo), utc_text(hi)],
    )
    before = log.fetch(
        f"SELECT event FROM breaks WHERE at < ? AND {answerable} ORDER BY at DESC, id DESC LIMIT 1",
        [utc_text(lo)],
    )
    after = log.fetch(
        f"SELECT NULL, event, NULL FROM breaks WHERE at >= ? AND {answerable} ORDER BY at, id LIMIT 1",
        [utc_text(hi)],
    )
    cache: dict[str, date] = {}

    def week_of(text: str | None) -> date:
        if text is None:
            return _OUTSIDE
        if text not in cache:
            cache[text] = week_start(date.fromisoformat(text))
        return cache[text]

    def add(week: date, key: str, amount: int = 1) -> None:
        if week in weeks:
            weeks[week][key] += amount

    pending: date | None = _OUTSIDE if before and before[0][0] == "prompted" else None
    for day_text, event, seconds in [*rows, *after]:
        week = week_of(day_text)
        if event == "prompted":
            if pending is not None:
                add(pending, "unanswered")
            pending = week
        elif event == "natural":
            add(week, "natural")
            add(week, "natural_seconds", seconds or 0)
            pending = None
        else:  # taken, skipped, postponed
            add(pending if pending is not None else week, event)
            pending = None
    return {week: Adherence(**counts) for week, counts in weeks.items()}


def walks_per_week(log: SessionLog, start: date, end: date, tz: tzinfo) -> dict[date, int]:
    """``{Monday: number of walks}`` for every week from ``start``'s to ``end``'s."""
    first, last = week_start(start), week_start(end)
    weeks = {first + timedelta(weeks=i): 0 for i in range((last - first).days // 7 + 1)}
    per_day = _per_day(log, "walks", "started", "COUNT(*)", "", first, last + timedelta(6), tz)
    for day, (count,) in per_day.items():
        weeks[week_start(day)] += count
    return weeks


def stopped_for_pain(log: SessionLog, start: date, end: date, tz: tzinfo) -> int:
    """How many sessions from ``start`` to ``end`` were stopped because of pain."""
    rows = log.fetch(
        "SELECT COUNT(*) FROM sessions WHERE started >= ? AND started < ? AND outcome = 'stopped-for-pain'",
        [utc_text(day_start(start, tz)), utc_text(day_start(end + timedelta(days=1), tz))],
    )
    return rows[0][0]


@dataclass(frozen=True)
class PainPoint:
    """The ratings given around one session."""

    at: datetime
    session_id: int
    before: int | None
    after: int | None


def pain_series(log: SessionLog, start: date, end: date, tz: tzinfo) -> list[PainPoint]:
    """Every session from ``start`` to ``end`` with a pain rating, in time order."""
    rows = log.fetch(
        "SELECT started, id, pain_before, pain_after FROM sessions "
        "WHERE started >= ? AND started < ? AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) "
        "ORDER BY started, id",
        [utc_text(day_start(start, tz)), utc_text(day_start(end + timedelta(days=1), tz))],
    )
    return [PainPoint(parse_utc(r[0]), r[1], r[2], r[3]) for r in rows]


def trend_slope(points: Sequence[tuple[float, float]]) -> float | None:
    """The least-squares slope of ``(x, y)`` points; None with fewer than two distinct x."""
    n = len(points)
    if n < 2:
        return None
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


@dataclass(frozen=True)
class PainTrend:
    """Where pain ratings are heading; slopes are in rating points per week."""

    trend: str  # "rising" | "falling" | "steady" | "not enough ratings"
    slope_before: float | None
    slope_after: float | None
    ratings_before: int
    ratings_after: int
    average_before: float | None
    average_after: float | None


def _slope_per_week(ratings: list[tuple[datetime, int]], tz: tzinfo) -> float | None:
    if len(ratings) < MIN_RATINGS or len({at.astimezone(tz).date() for at, _ in ratings}) < 2:
        return None
    origin = ratings[0][0]
    weeks = [((at - origin).total_seconds() / (7 * _DAY), float(v)) for at, v in ratings]
    return trend_slope(weeks)


def pain_trend(points: Sequence[PainPoint], tz: tzinfo) -> PainTrend:
    """The trend of the ratings given before sessions (after sessions if those are too few)."""
    before: list[tuple[datetime, int]] = []
    after: list[tuple[datetime, int]] = []
    for point in points:
        if point.before is not None:
            before.append((point.at, point.before))
        if point.after is not None:
            after.append((point.at, point.after))
    slope_before, slope_after = _slope_per_week(before, tz), _slope_per_week(after, tz)
    slope = slope_before if slope_before is not None else slope_after
    if slope is None:
        word = "not enough ratings"
    elif abs(slope) < STEADY_SLOPE:
        word = "steady"
    else:
        word = "rising" if slope > 0 else "falling"

    def mean(ratings: list) -> float | None:
        return sum(v for _, v in ratings) / len(ratings) if ratings else None

    return PainTrend(word, slope_before, slope_after, len(before), len(after), mean(before), mean(after))


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def summary(log: SessionLog, today: date, tz: tzinfo) -> dict[str, Any]:
    """The numbers behind ``coach stats``, JSON-ready, for the local week containing ``today``."""
    monday = week_start(today)
    week = _per_day(
        log, "sessions", "started", "SUM(seconds_done), COUNT(*)", f"AND {EXERCISE_ROW}", monday, today, tz
    )
    breaks = break_adherence(log, monday, today, tz)[monday]
    pain = pain_trend(pain_series(log, today - timedelta(PAIN_WINDOW_DAYS - 1), today, tz), tz)
    return {
        "today": today.isoformat(),
        "streak_days": streak(log, today, tz),
        "week_start": monday.isoformat(),
        "week_minutes": round(sum(s for s, _ in week.values()) / 60, 1),
        "week_sessions": sum(n for _, n in week.values()),
        "week_walks": walks_per_week(log, monday, today, tz)[monday],
        "week_stopped_for_pain": stopped_for_pain(log, monday, today, tz),
        "break_adherence": _rounded(breaks.rate, 3),
        "breaks": {
            "taken": breaks.taken,
            "skipped": breaks.skipped,
            "unanswered": breaks.unanswered,
            "postponed": breaks.postponed,
            "natural": breaks.natural,
            "natural_minutes": round(breaks.natural_seconds / 60, 1),
        },
        "pain_trend": pain.trend,
        "pain": {
            "window_days": PAIN_WINDOW_DAYS,
            "ratings_before": pain.ratings_before,
            "ratings_after": pain.ratings_after,
            "average_before": _rounded(pain.average_before, 1),
            "average_after": _rounded(pain.average_after, 1),
            "slope_before_per_week": _rounded(pain.slope_before),
            "slope_after_per_week": _rounded(pain.slope_after),
        },
    }
