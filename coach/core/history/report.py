"""What the visit report shows: weekly rows, their total, pain, adherence and sessions stopped for pain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from coach.core import stats
from coach.core.history.bars import Bar, weekly_adherence_bars
from coach.core.history.days import DaySummary, day_summaries
from coach.core.history.pain import PainChart, PainNote, pain_chart, pain_note
from coach.core.history.words import History
from coach.core.session_log import SessionLog, day_start, parse_utc, utc_text

MAX_REPORT_WEEKS = 104


@dataclass(frozen=True)
class WeekRow:
    """One week of the report's summary table (or the whole period, for the total)."""

    monday: date
    sessions: int
    minutes: float
    adherence: stats.Adherence
    walks: int
    stopped_for_pain: int
    pain_before: float | None
    pain_after: float | None

    @property
    def adherence_text(self) -> str:
        rate = self.adherence.rate
        if rate is None:
            return History.tr("none due")
        return History.tr("{rate} ({taken} of {asked})").format(
            rate=f"{rate:.0%}", taken=self.adherence.taken, asked=self.adherence.asked
        )


@dataclass(frozen=True)
class StoppedSession:
    """A session the person stopped because of pain."""

    at: datetime
    routine_name: str
    seconds_done: int
    seconds_planned: int
    pain_before: int | None
    pain_after: int | None
    note: str | None


@dataclass(frozen=True)
class Report:
    """Everything the visit report shows, for the weeks from ``start``'s to ``end``."""

    start: date
    end: date
    weeks: list[WeekRow]
    total: WeekRow
    pain: PainChart
    trend: stats.PainTrend
    adherence: list[Bar]
    stopped: list[StoppedSession]
    note: PainNote
    tz: tzinfo

    @property
    def empty(self) -> bool:
        return not any(w.sessions or w.walks or w.adherence.asked for w in self.weeks)


def _week_row(monday: date, days: Sequence[DaySummary], adherence: stats.Adherence) -> WeekRow:
    before_count = sum(d.pain_before_count for d in days)
    after_count = sum(d.pain_after_count for d in days)
    return WeekRow(
        monday,
        sum(d.sessions for d in days),
        sum(d.seconds for d in days) / 60,
        adherence,
        sum(d.walks for d in days),
        sum(d.stopped_for_pain for d in days),
        sum(d.pain_before_sum for d in days) / before_count if before_count else None,
        sum(d.pain_after_sum for d in days) / after_count if after_count else None,
    )


def report_data(log: SessionLog, today: date, tz: tzinfo, weeks: int = 6) -> Report:
    """The last ``weeks`` calendar weeks (Monday to Sunday) up to and including ``today``."""
    if not 1 <= weeks <= MAX_REPORT_WEEKS:
        raise ValueError(f"a report covers 1 to {MAX_REPORT_WEEKS} weeks, got {weeks}")
    first = stats.week_start(today) - timedelta(weeks=weeks - 1)
    days = day_summaries(log, first, today, tz)
    adherence = stats.break_adherence(log, first, today, tz)
    rows = [
        _week_row(monday, [d for d in days if stats.week_start(d.day) == monday], counts)
        for monday, counts in adherence.items()
    ]
    total_adherence = stats.Adherence(
        **{
            name: sum(getattr(r.adherence, name) for r in rows)
            for name in ("taken", "skipped", "unanswered", "postponed", "natural", "natural_seconds")
        }
    )
    stopped = log.fetch(
        "SELECT started, routine_name, seconds_done, seconds_planned, pain_before, pain_after, note "
        "FROM sessions WHERE started >= ? AND started < ? AND outcome = 'stopped-for-pain' ORDER BY started, id",
        [utc_text(day_start(first, tz)), utc_text(day_start(today + timedelta(days=1), tz))],
    )
    return Report(
        start=first,
        end=today,
        weeks=rows,
        total=_week_row(first, days, total_adherence),
        pain=pain_chart(log, first, today, tz, weekly=weeks > 13),
        trend=stats.pain_trend(stats.pain_series(log, first, today, tz), tz),
        adherence=weekly_adherence_bars(adherence),
        stopped=[StoppedSession(parse_utc(r[0]).astimezone(tz), *r[1:]) for r in stopped],
        note=pain_note(log, today, tz),
        tz=tz,
    )
