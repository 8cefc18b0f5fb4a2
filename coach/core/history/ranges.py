"""The week, month or year the History view shows, and the first day the log knows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from coach.core import stats
from coach.core.history.words import MONTH_NAMES, History, month_abbr, short_date
from coach.core.i18n import translate
from coach.core.session_log import SessionLog, parse_utc

SPANS = ("week", "month", "year")
_STAMPED = (("sessions", "started"), ("breaks", "at"), ("walks", "started"), ("prompts", "at"))


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


def _logged_day(log: SessionLog, tz: tzinfo, which: str) -> date | None:
    stamps = [
        row[0] for table, column in _STAMPED for row in log.fetch(f"SELECT {which}({column}) FROM {table}")
    ]
    known = [s for s in stamps if s is not None]
    if not known:
        return None
    return parse_utc(min(known) if which == "MIN" else max(known)).astimezone(tz).date()


def first_logged_day(log: SessionLog, tz: tzinfo) -> date | None:
    """The local day of the oldest row in the log, or None for an empty log (uses the indexes)."""
    return _logged_day(log, tz, "MIN")


def last_logged_day(log: SessionLog, tz: tzinfo) -> date | None:
    """The local day of the newest row in the log, or None for an empty log (uses the indexes)."""
    return _logged_day(log, tz, "MAX")


MIN_DAYS_SHOWN = 7  # a month view younger than this opens as a week view when older days are logged


def opening_range(today: date, first: date | None, last: date | None) -> Range:
    """The range the History view opens on, given the first and last logged days.

    Today's month, unless it would show almost nothing: early in a month with older days
    logged, today's week (its weekly charts reach back six weeks); when nothing was logged
    this month or later, the month of the last logged day.
    """
    month = Range.around("month", today)
    if first is None or last is None or first >= month.start:
        return month
    if last < month.start:
        return Range.around("month", last)
    if (today - month.start).days + 1 < MIN_DAYS_SHOWN:
        return Range.around("week", today)
    return month
