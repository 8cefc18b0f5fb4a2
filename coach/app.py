"""The composition root: builds the core objects, the adapters, the views and the controllers, and wires them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach import paths
from coach.controllers.actions import Actions
from coach.controllers.autostart import AutostartController, launch_command
from coach.controllers.config import ConfigController
from coach.controllers.desktop import DesktopProfile
from coach.controllers.notices import Notices
from coach.controllers.presence import Presence
from coach.controllers.services import Services, resolve_routine
from coach.controllers.today import TodayController
from coach.controllers.windows import Windows
from coach.core.bending import avoiding
from coach.core.errors import SettingsError
from coach.core.scheduler import BreakScheduler, SchedulerRecorder, SchedulerState
from coach.core.settings import Settings
from coach.core.settings_io import save_settings
from coach.launch import run_app  # the start; kept here for callers
from coach.paths import APP_ID
from coach.platform.activity import detect_activity_monitor
from coach.platform.autostart import autostart_for_platform
from coach.platform.notify import detect_notifier
from coach.qt.cues import QtCueSink
from coach.qt.driver import DeadlineDriver
from coach.qt.lifecycle import quit_on_signals
from coach.qt.presenter import Presenter
from coach.qt.tray import Tray

if TYPE_CHECKING:  # the windows are built, and their modules imported, when first opened
    from coach.qt.main_window import MainWindow
    from coach.qt.player import PlayerWindow

__all__ = ["CoachApp", "Services", "launch_command", "quit_on_signals", "resolve_routine", "run_app"]

log = logging.getLogger(__name__)


def _save_bending(services: Services, direction: str) -> None:
    """Keep the answer given after a stop for pain (a running tray app picks the file up)."""
    services.settings = avoiding(services.settings, direction)
    try:
        save_settings(paths.config_path(), services.settings, services.clock)
    except SettingsError as exc:
        QMessageBox.warning(
            None,
            "Coach",
            QCoreApplication.translate("CoachApp", "Your settings could not be saved: {error}").format(
                error=exc
            ),
        )


class CoachApp(QObject):
    """The running tray app: the object graph, built and connected in one place."""

    def __init__(
        self, app: QApplication, services: Services, *, minimized: bool = False, tray: Tray | None = None
    ) -> None:
        super().__init__(app)
        app.setQuitOnLastWindowClosed(False)
        self.app, self.services, self.clock = app, services, services.clock
        settings, library = services.settings, services.library
        self.state = QSettings(str(paths.window_state_path()), QSettings.Format.IniFormat)
        self.cue_sink = QtCueSink(self)
        self._told_minimized = False

        # the core, and the desktop's adapters
        self.scheduler = BreakScheduler(settings, self.clock, services.tz, routines=library.routines)
        self.recorder = SchedulerRecorder(self.scheduler, services.log) if services.log else None
        self.presence = Presence(detect_activity_monitor(), self.scheduler, self.clock)
        icon = str(paths.assets_dir() / "icons" / "coach.svg")
        self.notifier = detect_notifier(app_icon=icon, desktop_entry=APP_ID)
        self.tray = tray or Tray([])
        self.has_tray = self.tray.show()
        self.desktop = DesktopProfile.detect(self.presence.monitor, self.notifier, has_tray=self.has_tray)
        log.info("desktop profile: %s", self.desktop)

        # controllers; the main window is built when first opened (see ``window``)
        self._window: MainWindow | None = None
        self.notices = Notices(None, self)
        self.autostart = AutostartController(autostart_for_platform(), self.notices.show, self)
        self.config = ConfigController(services, self.notices.show, self)
        self.windows = Windows(
            services, None, self.state, self.autostart, self.cue_sink,
            speech_available=speech_available, desktop_notes=self.desktop.notes, parent=self,
        )  # fmt: skip
        self.presenter = Presenter(
            self.scheduler,
            self.recorder,
            library,
            settings,
            self.windows.open_player,
            notifier=self.notifier,
            tray_message=self.tray.show_message if self.desktop.abilities.tray_messages else None,
            abilities=self.desktop.abilities,
            play_sound=self.cue_sink.play if settings.sounds else None,
            done_today=services.done_today,
            parent=self,
        )
        self.notices.deliver = self.presenter.notify
        if self.recorder is not None:  # break rows name the routine the prompt offers
            self.recorder.offered = lambda configured: getattr(self.presenter.routine(configured), "id", None)
        self.driver = DeadlineDriver(
            self.clock,
            self.presence.tick,
            self.scheduler.next_deadline,
            display_deadline=self.presence.poll_deadline,
            parent=self,
        )
        self.actions = Actions(
            self.scheduler, services, self.windows, self.presenter,
            notice=self.notices.show, wake=self.driver.wake, parent=self,
        )  # fmt: skip
        self.tray.set_routines(self.actions.offered_routines())
        presence_note = self.desktop.presence_note()
        self.today = TodayController(
            self.scheduler, services, self.tray, lambda: self._window, None,
            notes=(presence_note,) if presence_note else (), parent=self,
        )  # fmt: skip
        self._connect()
        self._start(minimized)

    @property
    def window(self) -> MainWindow:
        """The main window: Today, Library, History, Safety; built the first time it is needed."""
        if self._window is None:
            self._window = self._build_window()
        return self._window

    def _build_window(self) -> MainWindow:
        from coach.qt.main_window import MainWindow

        services = self.services
        window = MainWindow(
            services.library,
            user_folder=paths.user_exercises_dir(),
            avoid_backward_bending=services.settings.avoid_backward_bending,
            avoid_forward_bending=services.settings.avoid_forward_bending,
            state=self.state,
        )
        window.hide_on_close = self.has_tray
        window.minimize_on_close = self.desktop.close_minimizes
        self.notices.window = window
        self.windows.window = window
        self.actions.install_menus(window)
        self.today.reading_action = self.actions.reading_action
        if services.log is not None:
            window.add_lazy_tab(self.windows.build_history, self.tr("Hi&story"), 2)
        window.start_requested.connect(self.actions.start_routine)
        window.quit_requested.connect(self.quit)
        window.minimized_on_close.connect(self._minimized_without_tray)
        self._window = window
        self.today.refresh()
        window.home.show_facts(self.today.facts())  # before it shows, not at the next tick
        return window

    def _connect(self) -> None:
        """Every signal between the parts."""
        scheduler, tray, windows, actions = self.scheduler, self.tray, self.windows, self.actions
        if self.recorder is not None:
            self.recorder.failed.connect(
                lambda error: self.notices.show(
                    self.tr("Coach cannot write to your log: {error}").format(error=error)
                )
            )
        self.driver.ticked.connect(self.today.refresh)
        scheduler.state_changed.connect(lambda _s: self.today.refresh())
        scheduler.state_changed.connect(lambda s: actions.show_walking(s is SchedulerState.WALKING))
        windows.session_ended.connect(self.today.refresh)
        windows.settings_chosen.connect(self.config.save)
        self.config.changed.connect(self.apply_settings)
        self.config.reloaded.connect(windows.settings_reloaded)
        tray.start_routine.connect(actions.start_routine)
        tray.start_break.connect(actions.start_break_now)
        tray.walk_requested.connect(actions.go_for_walk)
        tray.reading_toggled.connect(scheduler.set_reading_mode)
        tray.pause_requested.connect(actions.pause)
        tray.open_requested.connect(lambda: self.window.bring_forward())
        tray.settings_requested.connect(windows.open_settings)
        tray.quit_requested.connect(self.quit)
        windows.welcome_opened.connect(self.presenter.hold)
        windows.welcome_finished.connect(self.presenter.release)

    def _start(self, minimized: bool) -> None:
        if not minimized:
            self.window.show()
        elif not self.has_tray:  # at login without a tray: in the taskbar or dock, not in the way
            self.window.showMinimized()
        self.driver.wake()
        self.presenter.recover_open_walks(self.services.tz, self.clock.now())  # left open by a quit or crash
        for notice in self.services.notices:
            self.notices.show(notice)
        presence_note = self.desktop.presence_note()
        if presence_note:
            self.notices.show(presence_note)
        if not self.windows.welcome_done:
            self.windows.open_welcome()

    def _minimized_without_tray(self) -> None:
        """Closing the window without a tray minimised it; say so once, and how to quit."""
        if not self._told_minimized:
            self._told_minimized = True
            self.notices.show(
                self.tr(
                    "Coach keeps running, minimised, so it can remind you to move. "
                    "To stop it, choose Coach → Quit."
                )
            )

    def apply_settings(self, settings: Settings) -> None:
        """Put new settings in force everywhere."""
        self.scheduler.apply_settings(settings)
        self.presenter.settings = settings
        self.presenter.play_sound = self.cue_sink.play if settings.sounds else None
        self.tray.set_routines(self.actions.offered_routines())
        if self._window is not None:
            self._window.home.set_routines(
                self.services.library, settings.avoid_backward_bending, settings.avoid_forward_bending
            )
            self._window.library_view.avoid_backward.setChecked(settings.avoid_backward_bending)
            self._window.library_view.avoid_forward.setChecked(settings.avoid_forward_bending)
        self.driver.wake()

    # the parts tests and other windows reach for

    @property
    def player(self) -> PlayerWindow | None:
        return self.windows.player

    @property
    def history(self) -> QWidget | None:
        return self.windows.history

    def open_player(self, *args) -> PlayerWindow:
        return self.windows.open_player(*args)

    def start_break_now(self) -> None:
        self.actions.start_break_now()

    def show_notice(self, text: str) -> None:
        self.notices.show(text)

    def on_message(self, message: str) -> None:
        """A message from a second Coach started by the user: "show" brings the window forward."""
        if message == "show":
            self.window.bring_forward()

    def quit(self) -> None:
        if self._window is not None:
            self._window.save_state()
        self.windows.close_player()
        self.app.quit()

    def shutdown(self) -> None:
        self.driver.stop()
        self.presenter.withdraw_all()
        if self.recorder is not None:
            self.recorder.close()
        self.presence.close()
        close = getattr(self.notifier, "close", None)
        if close is not None:
            try:
                close()
            except Exception as exc:  # noqa: BLE001 - shutting down: log and go on
                log.info("closing %s: %s", self.notifier, exc)
        self.tray.icon.hide()
        self.services.close()


def speech_available() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return False
    return any(engine != "mock" for engine in QTextToSpeech.availableEngines())
