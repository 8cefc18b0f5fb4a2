"""The bars of the History charts: minutes, break adherence and walks per day, week or month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from coach.core import stats
from coach.core.history.days import grouped
from coach.core.history.ranges import Range
from coach.core.history.words import History, month_abbr, weekday_abbr
from coach.core.session_log import SessionLog

WEEKS_OF_CONTEXT = 6  # the week view's weekly charts show this many weeks up to the one shown


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
        label = weekday_abbr if shown.span == "week" else (lambda d: str(d.day))
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
    for day, (count,) in grouped(log, "walks", "started", "COUNT(*)", shown.start, shown.end, tz).items():
        counts[day.month - 1] += count
    year = shown.start.year
    return [
        Bar(month_abbr(m + 1), date(year, m + 1, 1), _month_end(year, m + 1), counts[m]) for m in range(12)
    ]
