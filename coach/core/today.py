"""Today at a glance, from the session log: breaks taken of prompted, minutes, walks, streak."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, tzinfo

from coach.core.session_log import SessionLog
from coach.core.stats import minutes_per_day, streak


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
            parts.append(f"{self.taken} of {self.prompted} breaks taken")
        parts.append(f"{self.minutes:.0f} min of exercise" if self.minutes >= 1 else "no exercise yet")
        if self.walks:
            parts.append(f"{self.walks} walk{'s' if self.walks != 1 else ''}")
        if self.natural:
            parts.append(f"{self.natural} time{'s' if self.natural != 1 else ''} away from the desk")
        return " · ".join(parts)

    @property
    def streak_text(self) -> str:
        if not self.streak_days:
            return "Start a streak: one session a day."
        return f"Streak: {self.streak_days} day{'s' if self.streak_days != 1 else ''} in a row with exercise"


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
