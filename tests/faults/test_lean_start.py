"""The tray app starts in two phases and an idle Coach holds only what a tray app needs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.faults.support import ROOT, app_env, skip_the_welcome

pytestmark = pytest.mark.slow

# Runs `coach --minimized`; records what is imported when the tray icon shows, and once the
# second phase has built the rest; then quits.
PROBE = """
import json, sys
import coach.launch as launch
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # as on a desktop with a tray
seen = {}
show = QSystemTrayIcon.show
def recording_show(self):
    seen.setdefault("at_tray", sorted(m for m in sys.modules if m.startswith(("coach.", "PySide6."))))
    return show(self)
QSystemTrayIcon.show = recording_show
after = launch._after_start
def recording_after():
    after()
    seen["idle"] = sorted(sys.modules)
    QTimer.singleShot(0, QApplication.instance().quit)
launch._after_start = recording_after
from coach.cli import main
status = main(["--minimized"])
print(json.dumps(seen))
sys.exit(status)
"""

IDLE_NEEDS_NONE_OF = (
    "coach.qt.main_window",
    "coach.qt.library_view",
    "coach.qt.home_view",
    "coach.qt.player",
    "coach.qt.settings_dialog",
    "coach.qt.welcome",
    "coach.qt.history_view",
    "coach.core.runner",
    "PySide6.QtCharts",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "ruamel.yaml",
)


def test_tray_first_then_the_rest_without_the_windows(coach_home):
    skip_the_welcome(coach_home)
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=app_env(coach_home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # phase one: the icon shows before the scheduler, the controllers and the core's loaders exist
    for module in (
        "coach.app",
        "coach.qt.tray",
        "coach.core.scheduler",
        "coach.controllers.services",
        "coach.core.library",
        "PySide6.QtNetwork",
    ):
        assert module not in seen["at_tray"], module
    # phase two ran (the scheduler is up) and left the windows for when they are opened
    assert "coach.core.scheduler" in seen["idle"]
    loaded = set(seen["idle"])
    assert not loaded & set(IDLE_NEEDS_NONE_OF), sorted(loaded & set(IDLE_NEEDS_NONE_OF))


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the tray faked on the offscreen platform
def test_the_main_window_is_built_when_first_opened(qapp, coach_home, monkeypatch):
    import dataclasses
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

    from coach.app import CoachApp, Services
    from coach.core.clock import ManualClock

    skip_the_welcome(coach_home)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QMessageBox, "show", lambda box: None)  # notices, without blocking
    services = Services(ManualClock(wall=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)), UTC)
    services.settings = dataclasses.replace(services.settings, sounds=False)
    app = CoachApp(qapp, services, minimized=True)
    try:
        assert app._window is None  # idle in the tray: no window, no pages
        app.scheduler.set_reading_mode(True)
        app.tray.open_requested.emit()
        window = app._window
        assert window is not None and window.isVisible()
        assert window.hide_on_close  # closing it goes back to the tray
        assert app.actions.reading_action.isChecked()  # the menu shows the state it missed
        assert window.tabs.tabText(2) == "Hi&story"
        # the Today page shows its facts at once, not at the scheduler's next tick
        assert window.home.next_break.text() == app.scheduler.status_text()
        app.tray.open_requested.emit()
        assert app._window is window  # built once
    finally:
        app.shutdown()
        if app._window is not None:
            app._window.hide_on_close = False
            app._window.close()
            app._window.deleteLater()
        app.setParent(None)
        app.deleteLater()
        qapp.setQuitOnLastWindowClosed(True)
        qapp.processEvents()


def test_modules_imported_after_pyside_leave_no_source_in_memory(coach_home):
    code = (
        "import linecache\n"
        "import coach.launch\n"
        "before = set(linecache.cache)\n"
        "import coach.core.plan, coach.qt.tray, coach.app\n"  # Qt-free and Qt-using modules
        "print(sorted(f for f in set(linecache.cache) - before if 'coach' in f))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=app_env(coach_home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
