"""The floor the benchmark compares Coach with: a bare PySide6 tray program.

A QApplication, a hidden main window, a tray icon and a 1-second QTimer, nothing else. It
prints ``bench-ready <monotonic>`` to stderr once its event loop runs, like Coach does with
``COACH_BENCH_READY=1``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Baseline")
    app.setQuitOnLastWindowClosed(False)
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor("#2f8fdd"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("Baseline")
    tray.show()
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(1000)
    QTimer.singleShot(0, lambda: print(f"bench-ready {time.monotonic():.6f}", file=sys.stderr, flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
