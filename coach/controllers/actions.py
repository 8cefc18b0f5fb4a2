"""What the tray menu and the main window's Coach menu do: a break now, a walk, pausing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from coach.controllers.services import Services
from coach.controllers.windows import Windows
from coach.core.model import Routine
from coach.core.safety import routine_allowed
from coach.core.scheduler import BreakScheduler, SchedulerState
from coach.qt.tray import PAUSE_CHOICES, pause_label

if TYPE_CHECKING:
    from coach.qt.main_window import MainWindow
    from coach.qt.presenter import Presenter


class Actions(QObject):
    """The everyday commands, shared by the tray menu and the main window's menus."""

    def __init__(
        self,
        scheduler: BreakScheduler,
        services: Services,
        windows: Windows,
        presenter: Presenter,
        *,
        notice: Callable[[str], None],
        wake: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.services = services
        self.windows = windows
        self.presenter = presenter
        self.notice = notice
        self.wake = wake

    def install_menus(self, window: MainWindow) -> None:
        """The Coach menu of the main window, and Help → Welcome tour."""
        menu = window.coach_menu
        menu.addAction(self.tr("Start a desk &break now"), self.start_break_now)
        self.walk_action = menu.addAction(self.tr("Going for a &walk"), self.go_for_walk)
        self.reading_action = menu.addAction(self.tr("&Reading mode"))
        self.reading_action.setCheckable(True)
        self.reading_action.toggled.connect(self.scheduler.set_reading_mode)
        pause = menu.addMenu(self.tr("&Pause reminders"))
        for label, seconds in PAUSE_CHOICES:
            pause.addAction(pause_label(label), lambda s=seconds: self.pause(s))
        pause.addAction(self.tr("Resume reminders"), lambda: self.pause(0))
        menu.addSeparator()
        menu.addAction(self.tr("&Settings…"), self.windows.open_settings)
        window.finish_menus()
        window.help_menu.addAction(self.tr("&Welcome tour…"), self.windows.open_welcome)

    def offered_routines(self) -> list[Routine]:
        """The routines the tray offers (none that bend the way the user said hurts)."""
        s = self.services.settings
        avoid = (s.avoid_backward_bending, s.avoid_forward_bending)
        return [r for r in self.services.library.routines.values() if routine_allowed(r, *avoid)]

    @Slot(object)
    def start_routine(self, routine: Routine) -> None:
        self.windows.open_player(routine, "manual", None)

    @Slot()
    def start_break_now(self) -> None:
        routine = self.presenter.routine(self.services.settings.movement_breaks.routine)
        if routine is None:
            self.notice(self.tr("The movement-break routine in your settings does not exist."))
            return
        if self.scheduler.state is SchedulerState.DUE:
            self.presenter.answer_break("start")
            return
        self.windows.open_player(routine, "manual", None)

    @Slot()
    def go_for_walk(self) -> None:
        """Going for a walk, or "I'm back" during one (the presenter says the rest)."""
        self.presenter.walk_or_back()

    def show_walking(self, walking: bool) -> None:
        """The menu item reads "I'm back" while a walk is on."""
        self.walk_action.setText(self.tr("I'm &back") if walking else self.tr("Going for a &walk"))

    @Slot(int)
    def pause(self, seconds: int) -> None:
        """Pause for ``seconds``; -1 until tomorrow, 0 resumes."""
        if seconds == 0:
            self.scheduler.resume()
        elif seconds < 0:
            self.scheduler.pause_until_tomorrow()
        else:
            self.scheduler.pause(seconds)
        self.wake()
