"""Logging: a rotating file in the log folder, Qt's own messages included, and the terminal on --debug."""

from __future__ import annotations

import logging
import sys

from coach import paths
from coach.core.files import check_regular, ensure_folder, make_private

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(debug: bool = False, *, rotate: bool = True) -> logging.Logger:
    """Send Coach's log records to ``<log dir>/coach.log`` (rotated) and, with ``debug``, to stderr.

    ``rotate=False`` appends to the file without rotating it; calling again (with ``rotate``)
    replaces the handlers.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_coach", False):
            root.removeHandler(handler)
            handler.close()
    try:
        folder = ensure_folder(paths.log_dir())
        check_regular(folder / "coach.log", missing_ok=True)  # appending to a pipe would block
        file_handler: logging.Handler
        if rotate:
            from logging.handlers import RotatingFileHandler

            file_handler = RotatingFileHandler(
                folder / "coach.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        else:  # until start-up calls again with rotate: logging.handlers costs a tray's start 20 ms
            file_handler = logging.FileHandler(folder / "coach.log", encoding="utf-8")
        make_private(folder / "coach.log")
    except OSError as exc:
        file_handler = logging.StreamHandler(sys.stderr)
        file_handler.setLevel(logging.WARNING)
        logging.getLogger(__name__).warning("cannot write the log file: %s", exc)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler._coach = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if debug:
        terminal = logging.StreamHandler(sys.stderr)
        terminal.setFormatter(logging.Formatter(FORMAT))
        terminal._coach = True  # type: ignore[attr-defined]
        root.addHandler(terminal)
    return root


def install_qt_message_handler() -> None:
    """Route Qt's warnings and messages into the ``qt`` logger."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message) -> None:
        category = getattr(context, "category", None) or "qt"
        qt_log.log(levels.get(kind, logging.WARNING), "[%s] %s", category, message)

    qInstallMessageHandler(handler)
