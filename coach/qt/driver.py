"""One QTimer that wakes a clock-driven core object at its next deadline."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from coach.core.clock import Clock


class DeadlineDriver(QObject):
    """Calls ``tick()`` when ``next_deadline()`` comes, and ``refresh`` for the display.

    A QTimer firing is only a wake-up call: the clock is re-read every time, so a late or early
    wake-up changes nothing but when the work happens. ``display_step`` adds wake-ups on the
    whole seconds of a countdown (for the numbers on screen) without touching the core.

    Signals:
        ticked: after every tick, for views to redraw.
    """

    ticked = Signal()

    def __init__(
        self,
        clock: Clock,
        tick: Callable[[], None],
        next_deadline: Callable[[], float | None],
        *,
        display_deadline: Callable[[], float | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tick = tick
        self._next_deadline = next_deadline
        self._display_deadline = display_deadline
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.timeout.connect(self.wake)

    @property
    def armed_ms(self) -> int | None:
        """Milliseconds the timer is set for, or None when nothing is pending (for tests)."""
        return self._timer.interval() if self._timer.isActive() else None

    @Slot()
    def wake(self) -> None:
        """Bring the core up to date now and re-arm for what comes next."""
        self._tick()
        self.ticked.emit()
        self.rearm()

    def rearm(self) -> None:
        deadlines = [self._next_deadline()]
        if self._display_deadline is not None:
            deadlines.append(self._display_deadline())
        pending = [d for d in deadlines if d is not None]
        if not pending:
            self._timer.stop()
            return
        delay = min(pending) - self._clock.monotonic()
        self._timer.start(max(0, min(2**31 - 1, math.ceil(delay * 1000))))

    def stop(self) -> None:
        self._timer.stop()
