"""Reads the user's presence from the desktop's activity monitor and ticks the scheduler with it."""

from __future__ import annotations

import logging

from coach.core.activity import ActivityMonitor, ActivitySample
from coach.core.clock import Clock
from coach.core.scheduler import BreakScheduler

log = logging.getLogger(__name__)


class Presence:
    """One activity reading per scheduler tick; a failing or missing monitor means "unknown"."""

    def __init__(self, monitor: ActivityMonitor | None, scheduler: BreakScheduler, clock: Clock) -> None:
        self.monitor = monitor
        self.scheduler = scheduler
        self.clock = clock

    def sample(self) -> ActivitySample:
        if self.monitor is None:
            return ActivitySample(idle_s=None)
        try:
            return self.monitor.sample()
        except Exception as exc:  # noqa: BLE001 - a failing adapter must not stop the reminders
            log.warning("activity sample failed: %s", exc)
            return ActivitySample(idle_s=None)

    def tick(self) -> None:
        """Read the desktop once and let the scheduler act on it."""
        sample = self.sample()
        self.scheduler.tick(sample)
        log.debug(
            "tick: idle %s s, locked %s, full-screen %s: %s",
            None if sample.idle_s is None else round(sample.idle_s, 1),
            sample.locked,
            sample.fullscreen,
            self.scheduler.status_text(),
        )

    def poll_deadline(self) -> float:
        """When the display should next be refreshed, on the monotonic clock."""
        return self.clock.monotonic() + self.scheduler.poll_interval()

    def close(self) -> None:
        close = getattr(self.monitor, "close", None)
        if close is not None:
            try:
                close()
            except Exception as exc:  # noqa: BLE001 - shutting down: log and go on
                log.info("closing %s: %s", self.monitor, exc)
