"""The composition root: builds the core objects and the Qt views and wires them together."""

from __future__ import annotations

import argparse
import logging
import sys

from coach import paths
from coach.core.clock import Clock, SystemClock
from coach.core.errors import SessionLogError
from coach.core.library import Library, load_library
from coach.core.model import Routine
from coach.core.runner import Runner
from coach.core.session_log import SessionLog
from coach.core.settings import Settings
from coach.core.settings_io import load_settings
from coach.logsetup import install_qt_message_handler, setup_logging

log = logging.getLogger(__name__)


def resolve_routine(library: Library, routine_id: str) -> Routine | None:
    """A routine by id, or a one-exercise session for an exercise id."""
    if routine_id in library.routines:
        return library.routines[routine_id]
    if routine_id in library.exercises:
        return Routine.single(library.exercises[routine_id])
    return None


class Services:
    """What every window needs: the clock, settings, library and session log."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.notices: list[str] = []
        loaded = load_settings(paths.config_path(), clock)
        self.settings: Settings = loaded.settings
        if loaded.notice:
            self.notices.append(loaded.notice)
        self.library = load_library(paths.library_dirs())
        for problem in self.library.problems:
            log.warning("library: %s", problem)
        try:
            self.log: SessionLog | None = SessionLog.open(paths.database_path(), clock)
        except SessionLogError as exc:
            self.log = None
            self.notices.append(f"Your sessions cannot be saved: {exc}")
        else:
            if self.log.recovery_notice:
                self.notices.append(self.log.recovery_notice)


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the process exit status."""
    setup_logging(debug=args.debug)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coach.qt.cues import QtCueSink
    from coach.qt.player import PlayerWindow
    from coach.qt.resources import app_icon

    install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach")
    app.setApplicationDisplayName("Coach")
    app.setDesktopFileName("coach")
    app.setWindowIcon(app_icon())
    services = Services(SystemClock())
    for notice in services.notices:
        QMessageBox.warning(None, "Coach", notice)

    cue_sink = QtCueSink(app)
    routine_id = getattr(args, "routine", None) or services.settings.movement_breaks.routine
    routine = resolve_routine(services.library, routine_id)
    if routine is None:
        QMessageBox.critical(None, "Coach", f"There is no routine called {routine_id!r}.")
        return 2
    runner = Runner(routine, services.clock)
    player = PlayerWindow(runner, services.clock, sink=services.log, cue_sink=cue_sink,
                          sounds=services.settings.sounds, voice=services.settings.voice)
    player.closed.connect(app.quit)
    player.show()
    player.start()
    status = app.exec()
    if services.log is not None:
        services.log.close()
    return status
