"""The data of the History view's four charts for the range shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from coach.core.history.bars import Bar, adherence_bars, minutes_bars, walk_bars
from coach.core.history.pain import PainChart, pain_chart
from coach.core.history.ranges import Range
from coach.core.session_log import SessionLog


@dataclass(frozen=True)
class Charts:
    """The data of the view's four charts."""

    minutes: list[Bar]
    adherence: list[Bar]
    walks: list[Bar]
    pain: PainChart
    by_month: bool


def charts(log: SessionLog, shown: Range, tz: tzinfo) -> Charts:
    """The four charts of ``shown``; a year view counts by month and averages pain by week."""
    year = shown.span == "year"
    return Charts(
        minutes_bars(log, shown, tz),
        adherence_bars(log, shown, tz),
        walk_bars(log, shown, tz),
        pain_chart(log, shown.start, shown.end, tz, weekly=year),
        year,
    )
