"""Ending Coach from outside: SIGTERM and SIGINT close every dialog and window, then the event loop.

Works in every mode (the tray app, ``coach run``, a dialog or a modal notice on screen): the
windows are closed first, so a routine that is playing is saved as stopped, and the request is
remembered, so an event loop started after a modal notice returns at once instead of running on.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDialog

_QUITTING = "coach_quitting"


def quit_on_signals(app: QApplication) -> None:
    """End the app cleanly (closing the log, saving a session) on SIGTERM and SIGINT, e.g. at logout.

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
        # through the event loop (a nested one counts): a quit before exec() would be lost
        signal.signal(number, lambda *_: QTimer.singleShot(0, lambda: request_quit(app)))


def request_quit(app: QApplication) -> None:
    """Reject open dialogs, close every window (saving what they hold) and leave every event loop."""
    app.setProperty(_QUITTING, True)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    app.exit(0)  # unlike quit(), leaves nested loops too and cannot be refused by a window


def quitting(app: QApplication) -> bool:
    """Whether a signal has asked Coach to end."""
    return bool(app.property(_QUITTING))


def run_event_loop(app: QApplication) -> int:
    """``app.exec()``, or 0 at once when a signal already asked Coach to end."""
    if quitting(app):
        return 0
    return app.exec()
