"""Starting the desktop app in two phases: the tray icon first, everything else once the loop runs.

Only what the tray icon needs is imported before it shows; :mod:`coach.app`, which builds and
wires the rest, is imported in the second phase, and the windows when first opened.
"""

from __future__ import annotations

import argparse
import linecache
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from coach import paths
from coach.logsetup import install_qt_message_handler, setup_logging
from coach.qt.i18n import install_translators
from coach.qt.lifecycle import quit_on_signals, quitting, run_event_loop
from coach.qt.resources import app_icon
from coach.qt.single_instance import SingleInstance

if TYPE_CHECKING:
    from coach.app import CoachApp
    from coach.controllers.services import Services

log = logging.getLogger(__name__)


def _read_sources_once() -> None:
    """Let PySide6 look at each module's source without keeping it.

    WORKAROUND for PYSIDE-2029's check: for every module imported after it, PySide6 reads the
    source through ``inspect.getsource`` (to see whether it mentions PySide6), which fills
    ``linecache`` with every line of it: megabytes of small strings for as long as Coach runs,
    and the allocator keeps most of that memory even after the cache is cleared. The same
    check on the file read in one piece keeps nothing. Coach selects no ``__feature__``, so the
    answer only tells PySide6 that there is nothing to switch.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return  # another PySide6: leave it be

    def mentions_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return False
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()
        except OSError:
            return False

    feature._mod_uses_pyside = mentions_pyside


_read_sources_once()


def content_language(loaded: list[str]) -> str:
    """The language for the library's text, such as ``de``; ``en`` is English.

    It is the language of the Coach translation that :func:`install_translators` loaded
    (``coach_de.qm``), else the locale's, for which the user may have written texts of their own.
    """
    for name in loaded:
        if name.startswith("coach_") and name.endswith(".qm"):
            return name.removeprefix("coach_").removesuffix(".qm")
    return QLocale().name().split("_")[0] or "en"


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app (the tray app, or the player alone for ``coach run``)."""
    setup_logging(debug=args.debug, rotate=False)  # rotating once the tray icon shows
    install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    quit_on_signals(app)
    app.setApplicationName("Coach")
    app.setOrganizationName("Coach")
    app.setApplicationDisplayName("Coach")
    app.setDesktopFileName(paths.APP_ID)
    app.setWindowIcon(app_icon())
    lang = content_language(install_translators(app, getattr(args, "lang", None)))
    if getattr(args, "command", None) == "run":
        setup_logging(debug=args.debug)  # rotating
        return _run_player_alone(app, lang, args.routine)

    instance = SingleInstance(paths.data_dir())
    if not instance.acquire(listen=False):
        if instance.send("show"):
            log.info("Coach is already running; asked it to come forward")
            return 0
        log.error("another Coach holds the lock but does not answer")
        message = QCoreApplication.translate(
            "CoachApp", "coach: another Coach is starting or not responding; try again in a moment."
        )
        sys.stderr.write(message + "\n")
        return 1
    # Two phases: the tray icon now, the rest once the event loop runs (and the windows only
    # when first opened), so that a login's busy minute sees Coach in the tray at once.
    icon = QSystemTrayIcon(app_icon())  # the full tray (menu, ring) takes it over in phase two
    icon.setToolTip("Coach")
    if QSystemTrayIcon.isSystemTrayAvailable():
        icon.show()
    started: list[CoachApp] = []
    failed: list[BaseException] = []

    def finish_start() -> None:
        _stamp("coach-ready")  # the event loop runs
        try:
            from coach.app import CoachApp
            from coach.qt import design
            from coach.qt.tray import Tray

            setup_logging(debug=args.debug)
            design.apply(app)
            instance.listen()
            coach = CoachApp(app, _services(lang), minimized=args.minimized, tray=Tray([], icon=icon))
        except BaseException as exc:  # noqa: BLE001 - raised again once the loop has stopped
            failed.append(exc)
            app.exit(1)
            return
        instance.message_received.connect(coach.on_message)
        started.append(coach)
        _after_start()

    QTimer.singleShot(0, finish_start)
    try:
        status = run_event_loop(app)
    finally:
        for coach in started:
            coach.shutdown()
        if not started:  # quit before the second phase ran, or it failed
            icon.hide()
        instance.release()
    if failed:
        raise failed[0]
    return status


def _after_start() -> None:
    """Once Coach is up: free what only start-up needed.

    PySide6 reads the source of every module imported after it through linecache (looking
    for ``from __feature__ import``), which keeps it: megabytes for as long as Coach runs.
    """
    linecache.clearcache()
    _stamp("coach-up")


def _stamp(what: str) -> None:
    """With ``COACH_BENCH_READY=1``, print when start-up got this far (for the benchmark)."""
    if os.environ.get("COACH_BENCH_READY"):
        sys.stderr.write(f"{what} {time.monotonic():.6f}\n")
        sys.stderr.flush()


def _services(lang: str) -> Services:
    from coach.controllers.services import Services
    from coach.core.clock import SystemClock
    from coach.platform.timezone import local_zone

    return Services(SystemClock(), local_zone(), lang)


def _run_player_alone(app: QApplication, lang: str, routine_id: str) -> int:
    from coach.controllers.services import resolve_routine
    from coach.core.runner import Runner
    from coach.qt import design
    from coach.qt.cues import QtCueSink
    from coach.qt.player import PlayerWindow

    design.apply(app)
    services = _services(lang)
    for notice in services.notices:
        QMessageBox.warning(None, "Coach", notice)
        if quitting(app):  # a SIGTERM while the notice was up
            services.close()
            return 0
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
        settings=services.settings,
    )
    from coach.app import _save_bending

    player.bending_reported.connect(lambda direction: _save_bending(services, direction))
    player.closed.connect(app.quit)
    player.show()
    player.start()
    try:
        return run_event_loop(app)
    finally:
        services.close()
