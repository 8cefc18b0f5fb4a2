"""Times opening the History page on the session log of ``COACH_HOME``; prints one JSON line.

Run inside the benchmark's virtual desktop: ``python tests/bench/history_probe.py``. The time
runs from building the page (its queries included) until its first paint has finished, with
Qt and the log already loaded, as when the page is opened in a running Coach. It also times
switching to a year and a plain ``refresh()``.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from coach import paths
from coach.commands.log import local_zone
from coach.core.clock import SystemClock
from coach.core.session_log import SessionLog
from coach.qt.history_view import HistoryView


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()


def _until(app: QApplication, done, timeout: float = 20.0) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    app = QApplication(sys.argv[:1])
    clock = SystemClock()
    tz = local_zone()
    log = SessionLog.open(paths.database_path(), clock)

    def today():
        return clock.now().astimezone(tz).date()

    paint = _FirstPaint()
    start = time.perf_counter()
    view = HistoryView(log, tz, today)
    built = time.perf_counter()
    view.installEventFilter(paint)
    view.resize(1040, 680)
    view.show()
    _until(app, lambda: paint.at is not None)
    opened = paint.at
    t = time.perf_counter()
    view.set_span("year")
    app.processEvents()
    year = time.perf_counter() - t
    t = time.perf_counter()
    view.refresh()
    refresh = time.perf_counter() - t
    print(
        json.dumps(
            {
                "open_s": None if opened is None else opened - start,
                "build_s": built - start,
                "year_s": year,
                "refresh_s": refresh,
            }
        )
    )
    view.close()
    log.close()
    return 0 if opened is not None else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown, where PySide6 can crash after the work is done
