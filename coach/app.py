"""The composition root: builds the core objects, the Qt views and wires them together."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the process exit status."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Coach")
    label = QLabel("Coach")
    label.show()
    return app.exec()
