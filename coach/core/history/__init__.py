"""What the History view and the visit report show, gathered from the session log with grouped queries.

The package is split by job: ``words`` (labels and the translation context), ``ranges`` (the span
shown), ``days`` (day summaries), ``events`` (one day's table), ``bars`` (chart bars), ``pain``
(the pain chart and note), ``view`` (the four charts together) and ``report`` (the visit report).
Import from here; the modules are free to move.
"""

from coach.core.history.bars import (
    WEEKS_OF_CONTEXT,
    Bar,
    adherence_bars,
    minutes_bars,
    walk_bars,
    weekly_adherence_bars,
)
from coach.core.history.days import DaySummary, day_summaries
from coach.core.history.events import EventRow, event_rows
from coach.core.history.pain import PainChart, PainNote, pain_chart, pain_note
from coach.core.history.ranges import SPANS, Range, first_logged_day, last_logged_day, opening_range
from coach.core.history.report import MAX_REPORT_WEEKS, Report, StoppedSession, WeekRow, report_data
from coach.core.history.view import Charts, charts
from coach.core.history.words import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    History,
    day_label,
    month_abbr,
    short_date,
    weekday_abbr,
    weekday_short,
)

__all__ = [
    "MAX_REPORT_WEEKS",
    "MONTHS",
    "MONTH_NAMES",
    "SPANS",
    "WEEKDAYS",
    "WEEKS_OF_CONTEXT",
    "Bar",
    "Charts",
    "DaySummary",
    "EventRow",
    "History",
    "PainChart",
    "PainNote",
    "Range",
    "Report",
    "StoppedSession",
    "WeekRow",
    "adherence_bars",
    "charts",
    "day_label",
    "day_summaries",
    "event_rows",
    "first_logged_day",
    "last_logged_day",
    "minutes_bars",
    "month_abbr",
    "opening_range",
    "pain_chart",
    "pain_note",
    "report_data",
    "short_date",
    "walk_bars",
    "weekday_abbr",
    "weekday_short",
    "weekly_adherence_bars",
]
