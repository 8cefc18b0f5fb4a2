"""What the History view and the visit report show, gathered from the session log with grouped queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from coach.core import stats
from coach.core.durations import format_duration
from coach.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from coach.core.safety import HIGH_PAIN, pain_advice
from coach.core.session_log import (
    BreakRecord,
    PromptRecord,
    Record,
    SessionLog,
    SessionRecord,
    WalkRecord,
    day_start,
    parse_utc,
    utc_text,
)

SPANS = ("week", "month", "year")
WEEKS_OF_CONTEXT = 6  # the week view's weekly charts show this many weeks up to the one shown
MONTHS = (
    QT_TRANSLATE_NOOP("History", "Jan"),
    QT_TRANSLATE_NOOP("History", "Feb"),
    QT_TRANSLATE_NOOP("History", "Mar"),
    QT_TRANSLATE_NOOP("History", "Apr"),
    QT_TRANSLATE_NOOP("History", "May"),
    QT_TRANSLATE_NOOP("History", "Jun"),
    QT_TRANSLATE_NOOP("History", "Jul"),
    QT_TRANSLATE_NOOP("History", "Aug"),
    QT_TRANSLATE_NOOP("History", "Sep"),
    QT_TRANSLATE_NOOP("History", "Oct"),
    QT_TRANSLATE_NOOP("History", "Nov"),
    QT_TRANSLATE_NOOP("History", "Dec"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("History", "January"), QT_TRANSLATE_NOOP("History", "February"), QT_TRANSLATE_NOOP("History", "March"), QT_TRANSLATE_NOOP("History", "April"), QT_TRANSLATE_NOOP("History", "May"), QT_TRANSLATE_NOOP("History", "June"),
    QT_TRANSLATE_NOOP("History", "July"), QT_TRANSLATE_NOOP("History", "August"), QT_TRANSLATE_NOOP("History", "September"), QT_TRANSLATE_NOOP("History", "October"), QT_TRANSLATE_NOOP("History", "November"), QT_TRANSLATE_NOOP("History", "December"),
)  # fmt: skip
WEEKDAYS = (
    QT_TRANSLATE_NOOP("History", "Mon"),
    QT_TRANSLATE_NOOP("History", "Tue"),
    QT_TRANSLATE_NOOP("History", "Wed"),
    QT_TRANSLATE_NOOP("History", "Thu"),
    QT_TRANSLATE_NOOP("History", "Fri"),
    QT_TRANSLATE_NOOP("History", "Sat"),
    QT_TRANSLATE_NOOP("History", "Sun"),
)


class History(Context):
    """The translation context of the history texts."""


def month_abbr(month: int) -> str:
    """``Jan`` for 1, in the user's language."""
    return translate("History", MONTHS[month - 1])


def weekday_abbr(day: date) -> str:
    """``Mon`` for a Monday, in the user's language."""
    return translate("History", WEEKDAYS[day.weekday()])


_STAMPED = (("sessions", "started"), ("breaks", "at"), ("walks", "started"), ("prompts", "at"))


def day_label(day: date, *, year: bool = False) -> str:
    """``Mon 5 Jan`` (``Mon 5 Jan 2026`` with ``year``), the same in every locale."""
    text = History.tr("{weekday} {day} {month}").format(
        weekday=weekday_abbr(day), day=day.day, month=month_abbr(day.month)
    )
    return History.tr("{date} {year}").format(date=text, year=day.year) if year else text


def short_date(day: date) -> str:
    """``5 Jan 2026``."""
    return History.tr("{day} {month} {year}").format(day=day.day, month=month_abbr(day.month), year=day.year)


# -- ranges ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Range:
    """The days the view shows: a Monday-to-Sunday week, a calendar month or a calendar year."""

    span: str
    start: date
    end: date

    @classmethod
    def around(cls, span: str, day: date) -> Range:
        """The week, month or year containing ``day``."""
        if span == "week":
            monday = stats.week_start(day)
            return cls(span, monday, monday + timedelta(days=6))
        if span == "month":
            first = day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return cls(span, first, following - timedelta(days=1))
        if span == "year":
            return cls(span, date(day.year, 1, 1), date(day.year, 12, 31))
        raise ValueError(f"unknown range {span!r}; expected one of {SPANS}")

    def shifted(self, steps: int) -> Range:
        """The range ``steps`` weeks, months or years later (earlier if negative)."""
        if self.span == "week":
            return Range.around("week", self.start + timedelta(weeks=steps))
        if self.span == "month":
            months = self.start.year * 12 + self.start.month - 1 + steps
            return Range.around("month", date(months // 12, months % 12 + 1, 1))
        return Range.around("year", date(self.start.year + steps, 1, 1))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """``5 – 11 Jan 2026``, ``January 2026`` or ``2026``."""
        if self.span == "year":
            return str(self.start.year)
        if self.span == "month":
            return History.tr("{month} {year}").format(
                month=translate("History", MONTH_NAMES[self.start.month - 1]), year=self.start.year
            )
        first, last = self.start, self.end
        if first.year != last.year:
            return f"{short_date(first)} – {short_date(last)}"
        if first.month != last.month:
            return History.tr("{day} {month} – {last}").format(
                day=first.day, month=month_abbr(first.month), last=short_date(last)
            )
        return f"{first.day} – {short_date(last)}"


def first_logged_day(log: SessionLog, tz: tzinfo) -> date | None:
    """The local day of the oldest row in the log, or None for an empty log (uses the indexes)."""
    stamps = [row[0] for table, column in _STAMPED for row in log.fetch(f"SELECT MIN({column}) FROM {table}")]
    known = [s for s in stamps if s is not None]
    return parse_utc(min(known)).astimezone(tz).date() if known else None


# -- days ------------------------------------------------------------------------------------


def _grouped(
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


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


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
                    minutes=_number(self.walk_minutes)
                )
            )
        if self.pain_before is not None or self.pain_after is not None:
            before = "–" if self.pain_before is None else _number(self.pain_before)
            after = "–" if self.pain_after is None else _number(self.pain_after)
            parts.append(History.tr("pain {before} → {after}").format(before=before, after=after))
        if self.stopped_for_pain:
            parts.append(History.tr("{count} stopped for pain").format(count=self.stopped_for_pain))
        if not parts and self.reminders:
            parts.append(History.tr("%n walk reminder(s)", "", self.reminders))
        return " · ".join(parts) if parts else History.tr("nothing logged")


def day_summaries(log: SessionLog, start: date, end: date, tz: tzinfo) -> list[DaySummary]:
    """One summary for every local day from ``start`` to ``end``, oldest first."""
    sessions = _grouped(
        log, "sessions", "started",
        "COUNT(*), SUM(seconds_done), SUM(outcome = 'stopped-for-pain'), "
        "SUM(pain_before), COUNT(pain_before), SUM(pain_after), COUNT(pain_after)",
        start, end, tz,
    )  # fmt: skip
    breaks = _grouped(
        log, "breaks", "at",
        "SUM(event = 'prompted'), SUM(event = 'taken'), SUM(event = 'postponed'), "
        "SUM(event = 'skipped'), SUM(event = 'natural')",
        start, end, tz,
    )  # fmt: skip
    walks = _grouped(log, "walks", "started", "COUNT(*), SUM(minutes)", start, end, tz)
    prompts = _grouped(log, "prompts", "at", "COUNT(*)", start, end, tz)
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


# -- one day's events ------------------------------------------------------------------------

OUTCOME_WORDS = {
    "completed": QT_TRANSLATE_NOOP("History", "completed"),
    "partial": QT_TRANSLATE_NOOP("History", "stopped early"),
    "stopped-for-pain": QT_TRANSLATE_NOOP("History", "stopped for pain"),
}
BREAK_WORDS = {
    "notice": QT_TRANSLATE_NOOP("History", "Break coming up"),
    "prompted": QT_TRANSLATE_NOOP("History", "Break due"),
    "taken": QT_TRANSLATE_NOOP("History", "Break taken"),
    "postponed": QT_TRANSLATE_NOOP("History", "Break postponed"),
    "skipped": QT_TRANSLATE_NOOP("History", "Break skipped"),
    "natural": QT_TRANSLATE_NOOP("History", "Natural break"),
}
PROMPT_WORDS = {
    "heat-pack": QT_TRANSLATE_NOOP("History", "Heat pack"),
    "warm-up": QT_TRANSLATE_NOOP("History", "Warm-up"),
    "walk": QT_TRANSLATE_NOOP("History", "Walk reminder"),
}
PROMPT_EVENTS = {
    "prompted": QT_TRANSLATE_NOOP("History", "reminder shown"),
    "done": QT_TRANSLATE_NOOP("History", "done"),
    "postponed": QT_TRANSLATE_NOOP("History", "postponed"),
    "skipped": QT_TRANSLATE_NOOP("History", "skipped"),
}


@dataclass(frozen=True)
class EventRow:
    """One line of the day table: local time, what happened, and the details."""

    time: str
    what: str
    detail: str
    kind: str  # "session", "break", "walk" or "prompt"


def _pain_pair(before: int | None, after: int | None) -> str:
    return History.tr("pain {before} → {after}").format(
        before="–" if before is None else before, after="–" if after is None else after
    )


def _word(words: dict[str, str], key: str) -> str:
    """The translated word for ``key``, or ``key`` itself when there is none."""
    return translate("History", words[key]) if key in words else key


def _describe(record: Record) -> tuple[str, str, str]:
    if isinstance(record, SessionRecord):
        outcome = History.tr("unfinished") if record.ended is None else _word(OUTCOME_WORDS, record.outcome)
        parts = [
            record.routine_name,
            History.tr("{done} of {planned}").format(
                done=format_duration(record.seconds_done), planned=format_duration(record.seconds_planned)
            ),
            outcome,
        ]
        if record.pain_before is not None or record.pain_after is not None:
            parts.append(_pain_pair(record.pain_before, record.pain_after))
        if record.note:
            parts.append(f"“{record.note}”")
        return "session", History.tr("Session"), " · ".join(parts)
    if isinstance(record, BreakRecord):
        parts = []
        if record.routine_id:
            parts.append(record.routine_id)
        if record.seconds:
            if record.event == "natural":
                parts.append(History.tr("away {duration}").format(duration=format_duration(record.seconds)))
            else:
                parts.append(format_duration(record.seconds))
        if record.detail:
            parts.append(record.detail)
        return "break", _word(BREAK_WORDS, record.event), " · ".join(parts)
    if isinstance(record, WalkRecord):
        parts = []
        if record.minutes is not None:
            parts.append(History.tr("{minutes} min").format(minutes=_number(record.minutes)))
        elif record.ended is None:
            parts.append(History.tr("not finished"))
        if record.pain is not None:
            parts.append(History.tr("pain {rating}").format(rating=record.pain))
        if record.needed_flexion_break:
            parts.append(History.tr("needed a forward-bend rest"))
        if record.note:
            parts.append(f"“{record.note}”")
        return "walk", History.tr("Planned walk") if record.planned else History.tr("Walk"), " · ".join(parts)
    assert isinstance(record, PromptRecord)
    detail = _word(PROMPT_EVENTS, record.event)
    if record.detail:
        detail += f" · {record.detail}"
    return "prompt", _word(PROMPT_WORDS, record.kind), detail


def event_rows(records: Iterable[Record], tz: tzinfo) -> list[EventRow]:
    """The table rows for ``records`` (from ``SessionLog.day_events``), in the order given."""
    rows = []
    for record in records:
        kind, what, detail = _describe(record)
        rows.append(EventRow(record.when.astimezone(tz).strftime("%H:%M"), what, detail, kind))
    return rows


# -- charts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, the first and last day it covers, and its value."""

    label: str
    start: date
    end: date
    value: float | None
    note: str = ""


def _thursday_month(monday: date) -> tuple[int, int]:
    thursday = monday + timedelta(days=3)  # a week belongs to the month of its Thursday, as in ISO 8601
    return thursday.year, thursday.month


def _month_end(year: int, month: int) -> date:
    return Range.around("month", date(year, month, 1)).end


def minutes_bars(log: SessionLog, shown: Range, tz: tzinfo) -> list[Bar]:
    """Minutes of exercise per day (per month in a year view)."""
    per_day = stats.minutes_per_day(log, shown.start, shown.end, tz)
    if shown.span != "year":
        label = (lambda d: WEEKDAYS[d.weekday()]) if shown.span == "week" else (lambda d: str(d.day))
        return [Bar(label(d), d, d, minutes) for d, minutes in per_day.items()]
    totals = [0.0] * 12
    for day, minutes in per_day.items():
        totals[day.month - 1] += minutes
    year = shown.start.year
    return [
        Bar(month_abbr(m + 1), date(year, m + 1, 1), _month_end(year, m + 1), totals[m]) for m in range(12)
    ]


def _weeks_shown(shown: Range) -> tuple[date, date]:
    """The first and last Monday of the weekly charts."""
    last = stats.week_start(shown.end)
    if shown.span == "week":
        return last - timedelta(weeks=WEEKS_OF_CONTEXT - 1), last
    return stats.week_start(shown.start), last


def _by_month(weekly: dict[date, object], year: int) -> dict[int, list]:
    months: dict[int, list] = {m: [] for m in range(1, 13)}
    for monday, value in weekly.items():
        y, m = _thursday_month(monday)
        if y == year:
            months[m].append(value)
    return months


def _adherence_bar(label: str, start: date, end: date, counts: stats.Adherence) -> Bar:
    rate = None if counts.rate is None else round(100 * counts.rate, 1)
    if counts.asked:
        note = History.tr("{taken} of {asked} taken").format(taken=counts.taken, asked=counts.asked)
    else:
        note = History.tr("no breaks due")
    return Bar(label, start, end, rate, note)


def weekly_adherence_bars(weekly: dict[date, stats.Adherence]) -> list[Bar]:
    """One bar per week of ``stats.break_adherence``'s answer, labelled with its Monday."""
    return [
        _adherence_bar(
            History.tr("{day} {month}").format(day=m.day, month=month_abbr(m.month)),
            m,
            m + timedelta(days=6),
            a,
        )
        for m, a in weekly.items()
    ]


def adherence_bars(log: SessionLog, shown: Range, tz: tzinfo) -> list[Bar]:
    """The share of due breaks taken (percent) per week, or per month in a year view.

    In a year view a week counts in the month of its Thursday (as ISO 8601 weeks do), so each
    week counts once and adherence keeps its weekly rules.
    """
    first, last = _weeks_shown(shown)
    if shown.span == "year":
        first, last = shown.start, shown.end
    weekly = stats.break_adherence(log, first, last, tz)
    if shown.span != "year":
        return weekly_adherence_bars(weekly)
    year, bars = shown.start.year, []
    for month, weeks in _by_month(weekly, year).items():
        total = stats.Adherence(
            taken=sum(a.taken for a in weeks),
            skipped=sum(a.skipped for a in weeks),
            unanswered=sum(a.unanswered for a in weeks),
        )
        bars.append(_adherence_bar(month_abbr(month), date(year, month, 1), _month_end(year, month), total))
    return bars


def walk_bars(log: SessionLog, shown: Range, tz: tzinfo) -> list[Bar]:
    """Walks per week, or per calendar month in a year view."""
    first, last = _weeks_shown(shown)
    if shown.span != "year":
        weekly = stats.walks_per_week(log, first, last, tz)
        return [
            Bar(
                History.tr("{day} {month}").format(day=m.day, month=month_abbr(m.month)),
                m,
                m + timedelta(days=6),
                n,
            )
            for m, n in weekly.items()
        ]
    counts = [0] * 12
    for day, (count,) in _grouped(log, "walks", "started", "COUNT(*)", shown.start, shown.end, tz).items():
        counts[day.month - 1] += count
    year = shown.start.year
    return [
        Bar(month_abbr(m + 1), date(year, m + 1, 1), _month_end(year, m + 1), counts[m]) for m in range(12)
    ]


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
class Charts:
    """The data of the view's four charts."""

    minutes: list[Bar]
    adherence: list[Bar]
    walks: list[Bar]
    pain: PainChart
    by_month: bool


def charts(log: SessionLog, shown: Range, tz: tzinfo) -> Charts:
    year = shown.span == "year"
    return Charts(
        minutes_bars(log, shown, tz),
        adherence_bars(log, shown, tz),
        walk_bars(log, shown, tz),
        pain_chart(log, shown.start, shown.end, tz, weekly=year),
        year,
    )


# -- the pain note ---------------------------------------------------------------------------


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


# -- the visit report ------------------------------------------------------------------------

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
