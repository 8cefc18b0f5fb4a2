"""Today at a glance, from the session log: breaks taken of prompted, minutes, walks, streak."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, tzinfo

from coach.core.i18n import Context
from coach.core.session_log import SessionLog
from coach.core.stats import minutes_per_day, streak


class TodayText(Context):
    """The translation context of the day's summary."""


@dataclass(frozen=True)
class Today:
    prompted: int
    taken: int
    natural: int
    minutes: float
    sessions: int
    walks: int
    streak_days: int

    @property
    def done_text(self) -> str:
        parts = []
        if self.prompted:
            parts.append(
                TodayText.tr("{taken} of {prompted} breaks taken").format(
                    taken=self.taken, prompted=self.prompted
                )
            )
        parts.append(
            TodayText.tr("{minutes} min of exercise").format(minutes=f"{self.minutes:.0f}")
            if self.minutes >= 1
            else TodayText.tr("no exercise yet")
        )
        if self.walks:
            parts.append(TodayText.tr("%n walk(s)", "", self.walks))
        if self.natural:
            parts.append(TodayText.tr("%n time(s) away from the desk", "", self.natural))
        return " · ".join(parts)

    @property
    def streak_text(self) -> str:
        if not self.streak_days:
            return TodayText.tr("Start a streak: one session a day.")
        return TodayText.tr("Streak: %n day(s) in a row with exercise", "", self.streak_days)


def today_summary(log: SessionLog, today: date, tz: tzinfo) -> Today:
    """Counts for ``today`` (a local day); a prompt counts once however often it was postponed."""
    events = Counter(record.event for record in log.breaks(today, today, tz))
    sessions = log.sessions(today, today, tz)
    return Today(
        prompted=events["prompted"],
        taken=events["taken"],
        natural=events["natural"],
        minutes=minutes_per_day(log, today, today, tz)[today],
        sessions=len(sessions),
        walks=len(log.walks(today, today, tz)),
        streak_days=streak(log, today, tz),
    )
