"""The composition root: builds the core objects and the Qt views and wires them together."""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
from collections.abc import Callable
from datetime import date, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QLocale,
    QObject,
    QSettings,
    QSocketNotifier,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from coach import paths
from coach.commands.desktop import APP_ID
from coach.commands.log import local_zone
from coach.core.activity import ActivitySample
from coach.core.clock import Clock, SystemClock
from coach.core.durations import format_duration
from coach.core.errors import SessionLogError, SettingsError
from coach.core.library import Library, load_library
from coach.core.model import Routine
from coach.core.plan import day_plan
from coach.core.runner import Runner
from coach.core.safety import routine_allowed, suitable_routine
from coach.core.scheduler import BreakScheduler, SchedulerRecorder, SchedulerState
from coach.core.session_log import SessionLog
from coach.core.settings import DAYS, Settings
from coach.core.settings_io import file_signature, load_settings, save_settings
from coach.core.today import today_summary
from coach.logsetup import install_qt_message_handler, setup_logging
from coach.platform.activity import detect_activity_monitor
from coach.platform.autostart import autostart_for_platform
from coach.platform.notify import detect_notifier
from coach.qt.cues import QtCueSink
from coach.qt.driver import DeadlineDriver
from coach.qt.home_view import TodayFacts
from coach.qt.i18n import install_translators
from coach.qt.main_window import MainWindow
from coach.qt.player import PlayerWindow
from coach.qt.presenter import Presenter
from coach.qt.resources import app_icon
from coach.qt.settings_dialog import SettingsDialog, day_name
from coach.qt.single_instance import SingleInstance
from coach.qt.tray import PAUSE_CHOICES, Tray, pause_label
from coach.qt.welcome import WelcomeWizard

log = logging.getLogger(__name__)


def resolve_routine(library: Library, routine_id: str) -> Routine | None:
    """A routine by id, or a one-exercise session for an exercise id."""
    if routine_id in library.routines:
        return library.routines[routine_id]
    if routine_id in library.exercises:
        return Routine.single(library.exercises[routine_id])
    return None


def content_language(loaded: list[str]) -> str:
    """The language for the library's text, such as ``de``; ``en`` is English.

    It is the language of the Coach translation that :func:`install_translators` loaded
    (``coach_de.qm``), else the locale's, for which the user may have written texts of their own.
    """
    for name in loaded:
        if name.startswith("coach_") and name.endswith(".qm"):
            return name.removeprefix("coach_").removesuffix(".qm")
    return QLocale().name().split("_")[0] or "en"


class Services:
    """What every window needs: the clock, settings, library and session log.

    ``lang`` is the language of the library's text (``de``); English by default.
    """

    def __init__(self, clock: Clock, tz: tzinfo, lang: str = "en") -> None:
        self.clock = clock
        self.tz = tz
        self.notices: list[str] = []
        loaded = load_settings(paths.config_path(), clock)
        self.settings: Settings = loaded.settings
        if loaded.notice:
            self.notices.append(loaded.notice)
        self.library = load_library(paths.library_dirs(), lang=lang)
        for problem in self.library.problems:
            log.warning("library: %s", problem)
        try:
            self.log: SessionLog | None = SessionLog.open(paths.database_path(), clock)
        except SessionLogError as exc:
            self.log = None
            self.notices.append(
                QCoreApplication.translate("Services", "Your sessions cannot be saved: {error}").format(
                    error=exc
                )
            )
        else:
            if self.log.recovery_notice:
                self.notices.append(self.log.recovery_notice)

    def close(self) -> None:
        if self.log is not None:
            self.log.close()


def quit_on_signals(app: QApplication) -> None:
    """Quit cleanly (closing the log, finishing a walk) on SIGTERM and SIGINT, e.g. at logout.

    Python runs signal handlers only when the interpreter gets control, so the signal is also
    written to a socket that Qt's event loop watches.
    """
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))
    app._coach_signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined]  # keep alive
    for number in (signal.SIGTERM, signal.SIGINT):
        # through the event loop: a quit() before exec() has started would be lost
        signal.signal(number, lambda *_: QTimer.singleShot(0, app.quit))


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app (the tray app, or the player alone for ``coach run``)."""
    setup_logging(debug=args.debug)
    install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    quit_on_signals(app)
    app.setApplicationName("Coach")
    app.setOrganizationName("Coach")
    app.setApplicationDisplayName("Coach")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    lang = content_language(install_translators(app, getattr(args, "lang", None)))
    if getattr(args, "command", None) == "run":
        return _run_player_alone(app, Services(SystemClock(), local_zone(), lang), args.routine)

    instance = SingleInstance(paths.data_dir())
    if not instance.acquire():
        if instance.send("show"):
            log.info("Coach is already running; asked it to come forward")
            return 0
        log.error("another Coach holds the lock but does not answer")
        message = QCoreApplication.translate(
            "CoachApp", "coach: another Coach is starting or not responding; try again in a moment."
        )
        sys.stderr.write(message + "\n")
        return 1
    coach = CoachApp(app, Services(SystemClock(), local_zone(), lang), minimized=args.minimized)
    instance.message_received.connect(coach.on_message)
    try:
        return app.exec()
    finally:
        coach.shutdown()
        instance.release()


def _run_player_alone(app: QApplication, services: Services, routine_id: str) -> int:
    for notice in services.notices:
        QMessageBox.warning(None, "Coach", notice)
    routine = resolve_routine(services.library, routine_id)
    if routine is None:
        QMessageBox.critical(
            None,
            "Coach",
            QCoreApplication.translate("CoachApp", "There is no routine called {name}.").format(
                name=repr(routine_id)
            ),
        )
        return 2
    player = PlayerWindow(
        Runner(routine, services.clock),
        services.clock,
        sink=services.log,
        cue_sink=QtCueSink(app),
        sounds=services.settings.sounds,
        voice=services.settings.voice,
    )
    player.closed.connect(app.quit)
    player.show()
    player.start()
    try:
        return app.exec()
    finally:
        services.close()


class CoachApp(QObject):
    """The running tray app: scheduler, activity, tray, windows, prompts and the session log."""

    def __init__(self, app: QApplication, services: Services, *, minimized: bool = False) -> None:
        super().__init__(app)
        self.app = app
        self.services = services
        self.clock = services.clock
        settings, library = services.settings, services.library
        app.setQuitOnLastWindowClosed(False)
        self.cue_sink = QtCueSink(self)
        self.state = QSettings(str(paths.config_dir() / "window-state.ini"), QSettings.Format.IniFormat)
        self.player: PlayerWindow | None = None
        self.settings_dialog: SettingsDialog | None = None

        self.monitor = detect_activity_monitor()
        if self.monitor is None:
            services.notices.append(
                self.tr("Activity detection is unavailable on this desktop: breaks follow the clock.")
            )
        self.notifier = detect_notifier(app_icon=str(paths.assets_dir() / "icons" / "coach.svg"))
        self.autostart = autostart_for_platform()

        self.scheduler = BreakScheduler(settings, self.clock, services.tz, routines=library.routines)
        self.recorder = SchedulerRecorder(self.scheduler, services.log) if services.log else None
        if self.recorder is not None:
            self.recorder.failed.connect(self._log_failed)

        self.tray = Tray(self._offered_routines())
        self.has_tray = self.tray.show()
        self.window = MainWindow(
            library,
            user_folder=paths.user_exercises_dir(),
            avoid_backward_bending=settings.avoid_backward_bending,
            state=self.state,
        )
        self.window.hide_on_close = self.has_tray
        self.history = None  # built when its tab is first opened: charts cost start-up time and memory
        if services.log is not None:
            self.window.add_lazy_tab(self._build_history, self.tr("Hi&story"), 2)
        self._build_menus()

        self.presenter = Presenter(
            self.scheduler,
            self.recorder,
            library,
            settings,
            self.open_player,
            notifier=self.notifier,
            tray_message=self._tray_message if self.has_tray else None,
            play_sound=self.cue_sink.play if settings.sounds else None,
            parent=self,
        )
        self.driver = DeadlineDriver(
            self.clock,
            self._tick,
            self.scheduler.next_deadline,
            display_deadline=self._poll_deadline,
            parent=self,
        )
        self.driver.ticked.connect(self._refresh)
        self.scheduler.state_changed.connect(lambda _s: self._refresh())

        self.tray.start_routine.connect(lambda r: self.open_player(r, "manual", None))
        self.window.start_requested.connect(lambda r: self.open_player(r, "manual", None))
        self.window.quit_requested.connect(self.quit)
        self.tray.start_break.connect(self.start_break_now)
        self.tray.walk_requested.connect(self.go_for_walk)
        self.tray.reading_toggled.connect(self.scheduler.set_reading_mode)
        self.tray.pause_requested.connect(self.pause)
        self.tray.open_requested.connect(self.window.bring_forward)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.quit_requested.connect(self.quit)

        self.watcher = QFileSystemWatcher(self)
        self._watch_config()
        self.watcher.fileChanged.connect(self._config_changed)
        self.watcher.directoryChanged.connect(self._config_changed)
        self._config_signature = file_signature(paths.config_path())

        if not minimized or not self.has_tray:
            self.window.show()
        self.driver.wake()
        self.presenter.recover_open_walks(services.tz, self.clock.now())  # a walk a quit or crash left open
        for notice in services.notices:
            self.show_notice(notice)
        self.welcome: WelcomeWizard | None = None
        if not self.state.value("welcome/done", False, type=bool):
            self.open_welcome()

    # -- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.window.coach_menu
        menu.addAction(self.tr("Start a desk &break now"), self.start_break_now)
        self.walk_menu_action = menu.addAction(self.tr("Going for a &walk"), self.go_for_walk)
        self.reading_action = menu.addAction(self.tr("&Reading mode"))
        self.reading_action.setCheckable(True)
        self.reading_action.toggled.connect(self.scheduler.set_reading_mode)
        pause = menu.addMenu(self.tr("&Pause reminders"))
        for label, seconds in PAUSE_CHOICES:
            pause.addAction(pause_label(label), lambda s=seconds: self.pause(s))
        pause.addAction(self.tr("Resume reminders"), lambda: self.pause(0))
        menu.addSeparator()
        menu.addAction(self.tr("&Settings…"), self.open_settings)
        self.window.finish_menus()
        self.window.help_menu.addAction(self.tr("&Welcome tour…"), self.open_welcome)

    def _offered_routines(self) -> list[Routine]:
        avoid = self.services.settings.avoid_backward_bending
        return [r for r in self.services.library.routines.values() if routine_allowed(r, avoid)]

    def _build_history(self) -> QWidget:
        """The History page, built when its tab is first opened (QtCharts is loaded only then)."""
        from coach.qt.history_view import HistoryView

        assert self.services.log is not None
        self.history = HistoryView(self.services.log, self.services.tz, self._today)
        self.history.show_safety_requested.connect(lambda: self.window.show_tab(self.window.safety))
        return self.history

    # -- the clock and activity ----------------------------------------------------------

    def _sample(self) -> ActivitySample | None:
        if self.monitor is None:
            return ActivitySample(idle_s=None)
        try:
            return self.monitor.sample()
        except Exception as exc:  # noqa: BLE001 - a failing adapter must not stop the reminders
            log.warning("activity sample failed: %s", exc)
            return ActivitySample(idle_s=None)

    def _tick(self) -> None:
        sample = self._sample()
        self.scheduler.tick(sample)
        log.debug(
            "tick: idle %s s, locked %s, full-screen %s: %s",
            None if sample is None or sample.idle_s is None else round(sample.idle_s, 1),
            sample and sample.locked,
            sample and sample.fullscreen,
            self.scheduler.status_text(),
        )

    def _poll_deadline(self) -> float:
        return self.clock.monotonic() + self.scheduler.poll_interval()

    def _today(self) -> date:
        return self.clock.now().astimezone(self.services.tz).date()

    @Slot()
    def _refresh(self) -> None:
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
            walking=self.presenter.walking,
        )
        self.walk_menu_action.setText(
            self.tr("I'm &back") if self.presenter.walking else self.tr("Going for a &walk")
        )
        if self.reading_action.isChecked() != scheduler.reading_mode:
            self.reading_action.setChecked(scheduler.reading_mode)
        if self.window.isVisible():
            self.window.home.show_facts(self._facts())

    def _facts(self) -> TodayFacts:
        scheduler = self.scheduler
        walk = scheduler.next_walk
        walk_text, prep = "", ""
        if walk is not None:
            when = walk.at.strftime("%H:%M")
            if walk.at.date() == self._today():
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
        done, streak = "", ""
        if self.services.log is not None:
            try:
                today = today_summary(self.services.log, self._today(), self.services.tz)
            except SessionLogError as exc:
                log.warning("today's summary: %s", exc)
            else:
                done, streak = today.done_text, today.streak_text
        sitting = ""
        if scheduler.sitting_s >= 60:
            sitting = self.tr("Sitting for {duration}").format(duration=format_duration(scheduler.sitting_s))
        if scheduler.reading_mode:
            sitting += self.tr(" · reading mode")
        notes = (
            ()
            if self.monitor is not None
            else (self.tr("Activity detection is unavailable: breaks follow the clock."),)
        )
        today = day_plan(
            self.services.settings, self._today(), self.services.library.routines, self.services.tz
        )
        return TodayFacts(
            next_break=scheduler.status_text(),
            sitting=sitting,
            next_walk=walk_text,
            walk_prep=prep,
            done=done,
            streak=streak,
            plan=tuple((f"{entry.time:%H:%M}", entry.label) for entry in today),
            notes=notes,
        )

    # -- commands ------------------------------------------------------------------------

    def open_player(
        self, routine: Routine, source: str, on_closed: Callable[[], None] | None
    ) -> PlayerWindow:
        """Play ``routine``; one player at a time (a second request brings the first forward)."""
        if self.player is not None:
            self.player.raise_()
            self.player.activateWindow()
            if on_closed is not None:
                on_closed()
            return self.player
        settings = self.services.settings
        player = PlayerWindow(
            Runner(routine, self.clock),
            self.clock,
            sink=self.services.log,
            cue_sink=self.cue_sink,
            sounds=settings.sounds,
            voice=settings.voice,
            source=source,
        )
        player.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed() -> None:
            self.player = None
            if on_closed is not None:
                on_closed()
            if self.history is not None:
                self.history.refresh()
            self._refresh()

        player.closed.connect(closed)
        self.player = player
        player.show()
        player.raise_()
        player.activateWindow()
        player.start()
        return player

    @Slot()
    def start_break_now(self) -> None:
        routine = suitable_routine(
            self.services.library.routines,
            self.services.settings.movement_breaks.routine,
            self.services.settings.avoid_backward_bending,
        )
        if routine is None:
            self.show_notice(self.tr("The movement-break routine in your settings does not exist."))
            return
        if self.scheduler.state is SchedulerState.DUE:
            self.presenter.answer_break("start")
            return
        self.open_player(routine, "manual", None)

    @Slot()
    def go_for_walk(self) -> None:
        """Going for a walk, or "I'm back" during one (the presenter says the rest)."""
        self.presenter.walk_or_back()

    @Slot(int)
    def pause(self, seconds: int) -> None:
        if seconds == 0:
            self.scheduler.resume()
        elif seconds < 0:
            self.scheduler.pause_until_tomorrow()
        else:
            self.scheduler.pause(seconds)
        self.driver.wake()

    @Slot()
    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        autostart = None
        if self.autostart is not None:
            autostart = (self.autostart.is_enabled(), self._set_autostart)
        dialog = SettingsDialog(
            self.services.settings,
            self.services.library.routines.values(),
            speech_available=speech_available(),
            autostart=autostart,
        )
        dialog.settings_changed.connect(self._save_settings)
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.show()

    @Slot()
    def open_welcome(self) -> None:
        """The first-run welcome (also from Help → Welcome tour)."""
        if self.welcome is not None:
            self.welcome.raise_()
            return
        autostart = (self.autostart.is_enabled(), self._set_autostart) if self.autostart else None
        wizard = WelcomeWizard(self.services.settings, autostart=autostart)
        wizard.accepted.connect(lambda: self._save_settings(wizard.answers()))

        def done(_result: int) -> None:
            self.state.setValue("welcome/done", True)
            self.state.sync()
            self.welcome = None

        wizard.finished.connect(done)
        self.welcome = wizard
        wizard.show()
        wizard.raise_()

    def _set_autostart(self, enabled: bool) -> None:
        if self.autostart is None:
            return
        try:
            if enabled:
                self.autostart.enable(launch_command())
            else:
                self.autostart.disable()
        except OSError as exc:
            self.show_notice(self.tr("Could not change starting at login: {error}").format(error=exc))

    def _save_settings(self, settings: Settings) -> None:
        try:
            save_settings(paths.config_path(), settings, self.clock)
        except SettingsError as exc:
            self.show_notice(self.tr("Your settings could not be saved: {error}").format(error=exc))
        self._config_signature = file_signature(paths.config_path())
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self.services.settings = settings
        self.scheduler.apply_settings(settings)
        self.presenter.settings = settings
        self.presenter.play_sound = self.cue_sink.play if settings.sounds else None
        self.tray.set_routines(self._offered_routines())
        self.window.home.set_routines(self.services.library, settings.avoid_backward_bending)
        self.window.library_view.avoid_backward.setChecked(settings.avoid_backward_bending)
        self.driver.wake()

    def _watch_config(self) -> None:
        path = paths.config_path()
        for target in (path, path.parent):
            if target.exists() and str(target) not in self.watcher.files() + self.watcher.directories():
                self.watcher.addPath(str(target))

    @Slot(str)
    def _config_changed(self, _path: str) -> None:
        """Re-read config.yaml when it was edited by hand (not when Coach saved it)."""
        self._watch_config()
        signature = file_signature(paths.config_path())
        if signature is None or signature == self._config_signature:
            return
        self._config_signature = signature
        loaded = load_settings(paths.config_path(), self.clock)
        if loaded.notice:
            self.show_notice(loaded.notice)
        self.apply_settings(loaded.settings)
        if self.settings_dialog is not None:
            self.settings_dialog.load(loaded.settings)
        log.info("settings re-read from %s", paths.config_path())

    def show_notice(self, text: str) -> None:
        """Tell the user something once, without blocking the reminders."""
        log.warning("notice: %s", text)
        presenter = getattr(self, "presenter", None)
        if presenter is None or not presenter.notify("Coach", text):
            box = QMessageBox(
                QMessageBox.Icon.Information, "Coach", text, QMessageBox.StandardButton.Ok, self.window
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setModal(False)
            box.show()  # never block: reminders keep running while it is open

    def _tray_message(self, title: str, body: str) -> None:
        if self.has_tray:
            self.tray.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)

    def _log_failed(self, message: str) -> None:
        self.show_notice(self.tr("Coach cannot write to your log: {error}").format(error=message))

    @Slot(str)
    def on_message(self, message: str) -> None:
        if message == "show":
            self.window.bring_forward()

    @Slot()
    def quit(self) -> None:
        self.window.save_state()
        if self.player is not None:
            self.player.close()
        self.app.quit()

    def shutdown(self) -> None:
        self.driver.stop()
        self.presenter.withdraw_all()
        if self.recorder is not None:
            self.recorder.close()
        for resource in (self.monitor, self.notifier):
            close = getattr(resource, "close", None)
            if close is not None:
                try:
                    close()
                except Exception as exc:  # noqa: BLE001
                    log.info("closing %s: %s", resource, exc)
        self.tray.icon.hide()
        self.services.close()


def launch_command() -> list[str]:
    """How to start this Coach again (for autostart)."""
    import shutil

    found = shutil.which("coach")
    return [found] if found else [sys.executable, "-m", "coach"]


def speech_available() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return False
    return any(engine != "mock" for engine in QTextToSpeech.availableEngines())
