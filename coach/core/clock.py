"""Clocks: the system clock for the app, a manual one for tests and fast-forwarded demos."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the core needs to know about time.

    ``monotonic()`` measures durations and never jumps; ``now()`` is the wall clock in UTC,
    used for timestamps and for local-time rules such as working hours.
    """

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock; only the composition root and adapters create one."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class ManualClock:
    """A clock that moves only when told to, for tests.

    ``advance`` moves both clocks together; ``jump_wall`` moves only the wall clock, as a
    clock change or daylight-saving shift does.
    """

    mono: float = 1000.0
    wall: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 9, 0, tzinfo=UTC))

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a manual clock cannot run backwards; use jump_wall")
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
