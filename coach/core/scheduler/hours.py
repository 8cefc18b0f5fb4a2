"""Local wall-clock rules for the scheduler: working hours and pause ends, DST-correct."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings import WorkingHours

LOOKAHEAD_DAYS = 8  # how far ahead to look for the next working-hours change
_SNAP = timedelta(milliseconds=1)  # instants this close count as reached (float noise)
_WEEKDAYS = (  # Monday first, as date.weekday() counts
    QT_TRANSLATE_NOOP("Days", "Mon"),
    QT_TRANSLATE_NOOP("Days", "Tue"),
    QT_TRANSLATE_NOOP("Days", "Wed"),
    QT_TRANSLATE_NOOP("Days", "Thu"),
    QT_TRANSLATE_NOOP("Days", "Fri"),
    QT_TRANSLATE_NOOP("Days", "Sat"),
    QT_TRANSLATE_NOOP("Days", "Sun"),
)


@dataclass(frozen=True)
class PauseEnd:
    """When a pause of reminders ends: a monotonic time (a pause for a while) or a wall time
    (until tomorrow, which follows the local clock)."""

    mono: float | None = None
    wall: datetime | None = None  # UTC

    def reached(self, m: float, w: datetime) -> bool:
        if self.wall is not None:
            return w + _SNAP >= self.wall
        return self.mono is not None and m + _SNAP.total_seconds() >= self.mono

    def wall_time(self, m: float, w: datetime) -> datetime:
        """The end as a wall time, given the clocks now read ``m`` and ``w``."""
        if self.wall is not None:
            return self.wall
        return w + timedelta(seconds=(self.mono or m) - m)

    def deadline(self, m: float, w: datetime) -> float:
        """The end as a monotonic time, given the clocks now read ``m`` and ``w``."""
        if self.mono is not None:
            return self.mono
        return m + (self.wall_time(m, w) - w).total_seconds()


def local_instant(day: date, moment: time, tz: tzinfo) -> datetime:
    """The UTC instant of a local ``day`` and ``moment`` in ``tz``.

    A time that a daylight-saving change skips (02:30 on a spring-forward night) is read with
    the offset before the change, so it still maps to one instant; a repeated time (autumn)
    means its first occurrence.
    """
    return datetime.combine(day, moment, tzinfo=tz).astimezone(UTC)


def in_working_hours(hours: WorkingHours, now: datetime, tz: tzinfo) -> bool:
    return hours.contains(now.astimezone(tz))


def next_hours_change(hours: WorkingHours, now: datetime, tz: tzinfo) -> datetime | None:
    """The first start or end of working hours after ``now`` (UTC), within about a week.

    Where one range ends as the next begins (09:00-12:00 and 12:00-17:00) nothing changes, so
    that seam is no edge.
    """
    today = now.astimezone(tz).date()
    for offset in range(LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        edges = sorted(
            local_instant(day, edge, tz) for span in hours.on(day) for edge in (span.start, span.end)
        )
        for edge in edges:
            if edge > now and in_working_hours(hours, edge - _SNAP, tz) != in_working_hours(hours, edge, tz):
                return edge
    return None


def tomorrow_start(hours: WorkingHours, now: datetime, tz: tzinfo) -> datetime:
    """When "pause until tomorrow" ends: working hours' first start on a later local day.

    Days without working hours are passed over; with none in the coming week, the pause ends
    at the next local midnight.
    """
    today = now.astimezone(tz).date()
    for offset in range(1, LOOKAHEAD_DAYS):
        day = today + timedelta(days=offset)
        spans = hours.on(day)
        if spans:
            return local_instant(day, spans[0].start, tz)
    return local_instant(today + timedelta(days=1), time(), tz)


def describe_until(until: datetime, now: datetime, tz: tzinfo) -> str:
    """``14:00``, ``tomorrow 09:00`` or ``Mon 09:00`` for a time ahead of ``now``, in the user's language."""
    local, today = until.astimezone(tz), now.astimezone(tz).date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    days = (local.date() - today).days
    if days <= 0:
        return clock
    if days == 1:
        return translate("Scheduler", "tomorrow {time}").format(time=clock)
    weekday = translate("Days", _WEEKDAYS[local.weekday()])
    return translate("Scheduler", "{weekday} {time}").format(weekday=weekday, time=clock)
