"""The Today page's facts and the tray's status line, refreshed after every scheduler tick."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from coach.controllers.services import Services
from coach.core.bending import rising_pain_question
from coach.core.durations import format_duration
from coach.core.errors import SessionLogError
from coach.core.plan import day_plan
from coach.core.rotation import done_today, next_break
from coach.core.scheduler import BreakScheduler, SchedulerState
from coach.core.settings import DAYS
from coach.qt.tray import Tray

if TYPE_CHECKING:  # the main window is built when first opened
    from coach.qt.home_view import TodayFacts
    from coach.qt.main_window import MainWindow

log = logging.getLogger(__name__)


class TodayController(QObject):
    """Formats what the scheduler and the log say about today for the tray and the Today page.

    ``notes`` are lines shown under the facts (e.g. that breaks follow the clock on this desktop).
    """

    def __init__(
        self,
        scheduler: BreakScheduler,
        services: Services,
        tray: Tray,
        window: Callable[[], MainWindow | None],
        reading_action: QAction | None,
        *,
        notes: tuple[str, ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.services = services
        self.tray = tray
        self.window = window
        self.reading_action = reading_action
        self.notes = notes

    def today(self) -> date:
        return self.services.clock.now().astimezone(self.services.tz).date()

    @Slot()
    def refresh(self) -> None:
        scheduler = self.scheduler
        every = self.services.settings.movement_breaks.every_s
        left = scheduler.until_break_s
        fraction = None if left is None else 1.0 - left / every
        status = scheduler.status_text()
        walk = scheduler.next_walk
        tooltip = status + (
            "\n" + self.tr("Next walk: {time}").format(time=f"{walk.at:%H:%M}") if walk else ""
        )
        paused = scheduler.state is SchedulerState.PAUSED
        self.tray.update_status(
            status,
            self.tr("Coach — {status}").format(status=tooltip),
            fraction,
            paused=paused,
            reading=scheduler.reading_mode,
            walking=scheduler.state is SchedulerState.WALKING,
        )
        if self.reading_action is not None and self.reading_action.isChecked() != scheduler.reading_mode:
            self.reading_action.setChecked(scheduler.reading_mode)
        window = self.window()
        if window is not None and window.isVisible():
            window.home.show_facts(self.facts())

    def facts(self) -> TodayFacts:
        from coach.core.today import today_summary
        from coach.qt.home_view import TodayFacts
        from coach.qt.settings_dialog import day_name

        scheduler = self.scheduler
        walk = scheduler.next_walk
        walk_text, prep = "", ""
        if walk is not None:
            when = walk.at.strftime("%H:%M")
            if walk.at.date() == self.today():
                walk_text = self.tr("{time} · {minutes} min")
            else:
                walk_text = self.tr("{time} on {weekday} · {minutes} min")
            walk_text = walk_text.format(
                time=when, weekday=day_name(DAYS[walk.at.weekday()]), minutes=walk.walk.minutes
            )
            parts = []
            if walk.heat_pack_at is not None:  # from the walk's sequence, as the prompts come
                parts.append(self.tr("heat pack at {time}").format(time=f"{walk.heat_pack_at:%H:%M}"))
            if walk.warm_up_at is not None:
                parts.append(self.tr("warm-up at {time}").format(time=f"{walk.warm_up_at:%H:%M}"))
            prep = ", ".join(parts)
            prep = prep[:1].upper() + prep[1:]
        done, streak, question = "", "", None
        if self.services.log is not None:
            try:
                today = today_summary(self.services.log, self.today(), self.services.tz)
                question = rising_pain_question(
                    self.services.log, self.today(), self.services.tz, self.services.settings
                )
            except SessionLogError as exc:
                log.warning("today's summary: %s", exc)
            else:
                done, streak = today.done_text, today.streak_text
        sitting = ""
        if scheduler.sitting_s >= 60:
            sitting = self.tr("Sitting for {duration}").format(duration=format_duration(scheduler.sitting_s))
        if scheduler.reading_mode:
            sitting += self.tr(" · reading mode")
        settings, routines = self.services.settings, self.services.library.routines
        plan = day_plan(settings, self.today(), routines, self.services.tz)
        turn = next_break(routines, settings.movement_breaks.routine, settings, self._done_today())
        return TodayFacts(
            next_break=scheduler.status_text(),
            sitting=sitting,
            next_walk=walk_text,
            walk_prep=prep,
            done=done,
            streak=streak,
            plan=tuple((f"{entry.time:%H:%M}", entry.label) for entry in plan),
            notes=self.notes + ((question,) if question else ()),
            break_routine=turn.id if turn is not None else "",
        )

    def _done_today(self) -> list[str]:
        """The routines run today, for the desk break next in turn (none if the log cannot tell)."""
        if self.services.log is None:
            return []
        try:
            return done_today(self.services.log, self.today(), self.services.tz)
        except SessionLogError as exc:
            log.warning("today's sessions: %s", exc)
            return []
