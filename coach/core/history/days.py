"""One summary per local day of what the log holds, counted by the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from coach.core import stats
from coach.core.history.words import History, number
from coach.core.session_log import SessionLog, day_start, utc_text


def grouped(
    log: SessionLog, table: str, column: str, aggregates: str, start: date, end: date, tz: tzinfo
) -> dict[date, tuple]:
    """``{local day: (aggregates...)}`` for rows of ``table`` from ``start`` to ``end``."""
    lo, hi = day_start(start, tz), day_start(end + timedelta(days=1), tz)
    day, params = stats.local_day_sql(column, tz, lo, hi)
    rows = log.fetch(
        f"SELECT {day} AS day, {aggregates} FROM {table} WHERE {column} >= ? AND {column} < ? GROUP BY day",
        [*params, utc_text(lo), utc_text(hi)],
    )
    return {date.fromisoformat(r[0]): tuple(r[1:]) for r in rows}


@dataclass(frozen=True)
class DaySummary:
    """What was logged on one local day, counted by the database."""

    day: date
    sessions: int = 0
    seconds: int = 0
    stopped_for_pain: int = 0
    pain_before_sum: int = 0
    pain_before_count: int = 0
    pain_after_sum: int = 0
    pain_after_count: int = 0
    prompted: int = 0
    taken: int = 0
    postponed: int = 0
    skipped: int = 0
    natural: int = 0
    walks: int = 0
    walk_minutes: float = 0.0
    reminders: int = 0

    @property
    def empty(self) -> bool:
        return not (self.sessions or self.prompted or self.taken or self.postponed or self.skipped
                    or self.natural or self.walks or self.reminders)  # fmt: skip

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    @property
    def pain_before(self) -> float | None:
        return self.pain_before_sum / self.pain_before_count if self.pain_before_count else None

    @property
    def pain_after(self) -> float | None:
        return self.pain_after_sum / self.pain_after_count if self.pain_after_count else None

    def line(self) -> str:
        """A one-line summary, e.g. ``2 sessions (14 min) · breaks: 7 taken, 1 skipped · 1 walk (25 min)``."""
        parts = []
        if self.sessions:
            parts.append(
                History.tr("%n session(s) ({minutes} min)", "", self.sessions).format(
                    minutes=round(self.minutes)
                )
            )
        breaks = [
            text.format(count=count)
            for count, text in (
                (self.taken, History.tr("{count} taken")),
                (self.postponed, History.tr("{count} postponed")),
                (self.skipped, History.tr("{count} skipped")),
                (self.natural, History.tr("{count} natural")),
            )
            if count
        ]
        if breaks:
            parts.append(History.tr("breaks: {list}").format(list=", ".join(breaks)))
        elif self.prompted:
            parts.append(History.tr("%n break(s) due", "", self.prompted))
        if self.walks:
            parts.append(
                History.tr("%n walk(s) ({minutes} min)", "", self.walks).format(
                    minutes=number(self.walk_minutes)
                )
            )
        if self.pain_before is not None or self.pain_after is not None:
            before = "–" if self.pain_before is None else number(self.pain_before)
            after = "–" if self.pain_after is None else number(self.pain_after)
            parts.append(History.tr("pain {before} → {after}").format(before=before, after=after))
        if self.stopped_for_pain:
            parts.append(History.tr("{count} stopped for pain").format(count=self.stopped_for_pain))
        if not parts and self.reminders:
            parts.append(History.tr("%n walk reminder(s)", "", self.reminders))
        return " · ".join(parts) if parts else History.tr("nothing logged")


def day_summaries(log: SessionLog, start: date, end: date, tz: tzinfo) -> list[DaySummary]:
    """One summary for every local day from ``start`` to ``end``, oldest first."""
    sessions = grouped(
        log, "sessions", "started",
        f"SUM({stats.EXERCISE_ROW}), SUM(CASE WHEN {stats.EXERCISE_ROW} THEN seconds_done ELSE 0 END), "
        "SUM(outcome = 'stopped-for-pain'), "
        "SUM(pain_before), COUNT(pain_before), SUM(pain_after), COUNT(pain_after)",
        start, end, tz,
    )  # fmt: skip
    breaks = grouped(
        log, "breaks", "at",
        "SUM(event = 'prompted'), SUM(event = 'taken'), SUM(event = 'postponed'), "
        "SUM(event = 'skipped'), SUM(event = 'natural')",
        start, end, tz,
    )  # fmt: skip
    walks = grouped(log, "walks", "started", "COUNT(*), SUM(minutes)", start, end, tz)
    prompts = grouped(log, "prompts", "at", "COUNT(*)", start, end, tz)
    out = []
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        s = sessions.get(day, (0, 0, 0, 0, 0, 0, 0))
        b = breaks.get(day, (0, 0, 0, 0, 0))
        w = walks.get(day, (0, 0.0))
        out.append(
            DaySummary(
                day, s[0], s[1] or 0, s[2] or 0, s[3] or 0, s[4], s[5] or 0, s[6],
                *(n or 0 for n in b), w[0], float(w[1] or 0.0), prompts.get(day, (0,))[0],
            )
        )  # fmt: skip
    return out
