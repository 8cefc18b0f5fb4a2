"""Sitting time for the scheduler: what counts while present, and absences that become natural breaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coach.core.activity import ActivitySample
from coach.core.scheduler.events import AwayReason

SNAP_S = 1e-3  # thresholds this close count as reached (float noise)


@dataclass(frozen=True)
class Step:
    """What passed between two ticks.

    Attributes:
        m, m0: the monotonic time now and at the previous tick.
        w: the wall time now (UTC).
        slept: seconds the wall clock ran ahead of the monotonic one (a suspend), or 0 when
            that was less than the away time (a small clock change).
        unwatched: the monotonic gap itself is longer than the away time, so nobody saw what
            happened (a sleep on a platform whose monotonic clock runs on, or a frozen app).
    """

    m: float
    m0: float
    w: datetime
    slept: float = 0.0
    unwatched: bool = False

    @property
    def mono(self) -> float:
        return self.m - self.m0

    @property
    def elapsed(self) -> float:
        """Real seconds passed, sleep included."""
        return self.mono + self.slept

    @property
    def asleep(self) -> bool:
        return self.slept > 0 or self.unwatched


@dataclass(frozen=True)
class Departure:
    """An absence that has become a natural break.

    Attributes:
        seconds: how long ago the absence began (sleep included).
        reason: how it was seen.
        sat_s: the sitting time up to its start, with what was counted since taken back.
    """

    seconds: float
    reason: AwayReason
    sat_s: float


class SittingMeter:
    """Sitting time since the last restart, counted from monotonic steps while present.

    Present means: not locked, not asleep, and input within the away time or no way to
    know about input, or ``shielded`` (reading mode, a full-screen window). A locked screen
    shorter than the away time only stops the count. An absence that reaches the away time
    (counted from when input stopped, or from the lock or the sleep, but never before
    ``floor``, the last restart or end of shielding) is a :class:`Departure`.
    """

    def __init__(self, m: float) -> None:
        self.sitting = 0.0
        self.floor = m  # no absence starts before this
        self.absent_since: float | None = None  # a short absence under way
        self._runs: list[list[float]] = []  # the monotonic stretches counted since the restart

    def restart(self, m: float) -> None:
        self.sitting = 0.0
        self.absent_since = None
        self._runs = []
        self.raise_floor(m)

    def raise_floor(self, m: float) -> None:
        self.floor = max(self.floor, m)

    def observe(
        self, sample: ActivitySample, step: Step, *, away_after: float, shielded: bool
    ) -> Departure | None:
        """Take one tick: count it, note a short absence, or report a departure."""
        idle = sample.idle_s
        if idle is not None:  # input stopped at ``floor`` at the earliest
            idle = min(idle, max(0.0, step.m - self.floor))
        idle_away = idle is not None and not shielded and idle >= away_after
        if not (sample.locked or step.asleep or idle_away):
            if self.absent_since is None:
                self._count(step.m, step.mono)
            self.absent_since = None
            return None
        if sample.locked or step.asleep:
            start = self.absent_since if self.absent_since is not None else step.m0
            if idle is not None and not shielded:
                start = min(start, step.m - idle)
            reason = AwayReason.SUSPEND if step.asleep else AwayReason.LOCKED
        else:
            start, reason = step.m - (idle or 0.0), AwayReason.IDLE
        start = max(start, self.floor)
        if step.asleep:  # whatever the floor says, the sleep began after the last tick
            start = min(start, step.m0)
        gone = (step.m - start) + step.slept
        if gone + SNAP_S < away_after:
            self.absent_since = start
            return None
        counted = sum(max(0.0, min(b, step.m) - max(a, start)) for a, b in self._runs)
        return Departure(gone, reason, max(0.0, self.sitting - counted))

    def away_deadline(
        self, sample: ActivitySample, sample_m: float, away_after: float, shielded: bool
    ) -> float | None:
        """The monotonic time the user counts as away if nothing changes, or None if never."""
        if self.absent_since is not None:
            return self.absent_since + away_after
        if sample.idle_s is None or shielded:
            return None
        return max(sample_m - sample.idle_s, self.floor) + away_after

    def _count(self, m: float, step: float) -> None:
        if step <= 0:
            return
        self.sitting += step
        if self._runs and self._runs[-1][1] >= m - step - SNAP_S:
            self._runs[-1][1] = m
        else:
            self._runs.append([m - step, m])


def is_back(sample: ActivitySample, away_after: float, reading: bool) -> bool:
    """Whether a sample shows the user back at the desk after a natural break."""
    if sample.locked:
        return False
    return sample.idle_s is None or reading or sample.idle_s < away_after
